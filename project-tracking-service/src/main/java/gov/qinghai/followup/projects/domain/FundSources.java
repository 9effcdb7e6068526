package gov.qinghai.followup.projects.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises the 资金来源地 column to provincial-level places so that statistics by fund source work:
 * the table mixes provinces (江苏), cities (深圳, 青岛), Hong Kong and Taiwan, foreign countries (英国,
 * 以色列), an institution (亚行) and a bare 外资. The text as written is always kept beside it.
 */
public final class FundSources {
    public static final String FOREIGN_PREFIX = "境外:";
    private static final Set<String> PROVINCES = Set.of(
            "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建",
            "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏",
            "陕西", "甘肃", "青海", "宁夏", "新疆", "香港", "澳门", "台湾");
    private static final Map<String, String> CITIES = Map.of(
            "深圳", "广东", "广州", "广东", "青岛", "山东", "西安", "陕西", "苏州", "江苏",
            "合肥", "安徽", "厦门", "福建");
    private static final Set<String> COUNTRIES = Set.of(
            "英国", "美国", "日本", "埃及", "以色列", "德国", "法国", "韩国", "新加坡", "加拿大", "澳大利亚", "意大利");
    private static final Map<String, String> OTHER = Map.of(
            "亚行", FOREIGN_PREFIX + "亚洲开发银行", "外资", FOREIGN_PREFIX + "未注明");

    /** Compiled once: the import checks every row of a table of up to 200,000. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s、，,]+");
    private static final Pattern SUFFIX = Pattern.compile("(省|市|自治区|特别行政区)$");

    private FundSources() {
    }

    public record Normalised(List<String> places, List<String> unknown) {
        public boolean foreign() {
            return places.stream().anyMatch(p -> p.startsWith(FOREIGN_PREFIX));
        }
    }

    public static Normalised normalise(String asWritten) {
        Set<String> places = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        if (asWritten != null) {
            for (String token : SEPARATORS.split(asWritten.trim())) {
                if (token.isEmpty()) {
                    continue;
                }
                String t = SUFFIX.matcher(token).replaceAll("");
                if (PROVINCES.contains(t)) {
                    places.add(t);
                } else if (CITIES.containsKey(t)) {
                    places.add(CITIES.get(t));
                } else if (COUNTRIES.contains(t)) {
                    places.add(FOREIGN_PREFIX + t);
                } else if (OTHER.containsKey(t)) {
                    places.add(OTHER.get(t));
                } else {
                    unknown.add(token);
                }
            }
        }
        return new Normalised(List.copyOf(places), unknown);
    }
}
