#!/usr/bin/env python3
"""Parse 青政办〔2017〕140号 out of the gazette text into the seed CSVs of medical-alliance-service.

Usage: python3 scripts/parse_140.py [gazette.txt] [out-dir]
Defaults: docs/gazette/000_6bc5adcb762922b6.txt (in the repository) and
src/main/resources/seed/. Python 3 standard library only.

Every row carries the clause it comes from and the exact sentence fragment, so a reader can check it.
Where the notice does not say something (which lead runs which new specialty alliance, when an
alliance was formed) the row says so instead of guessing silently.
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODULE = os.path.dirname(HERE)
DEFAULT_IN = os.path.join(MODULE, '..', 'docs', 'gazette', '000_6bc5adcb762922b6.txt')
DEFAULT_OUT = os.path.join(MODULE, 'src', 'main', 'resources', 'seed')
NOTICE = '青政办〔2017〕140号'


def notice_text(path):
    with open(path, encoding='utf-8') as f:
        return section(f.read())


def section(text):
    """140号 from its number on, its PDF line breaks joined and its punctuation half-width."""
    start = text.index('\n' + NOTICE + '\n')
    # Line breaks inside sentences come from the PDF layout; join so patterns span them.
    body = re.sub(r'\s*\n\s*', '', text[start:])
    # The first pages use full-width punctuation, the later ones half-width: normalise to half-width.
    return body.translate(str.maketrans({'，': ',', '（': '(', '）': ')', '：': ':', '；': ';'}))


def need(pattern, text, what):
    m = re.search(pattern, text)
    if not m:
        sys.exit('parse_140: cannot find %s (pattern %s)' % (what, pattern))
    return m


def full_name(short):
    """省X → 青海省X: the notice shortens 青海省 to 省 after first use."""
    return '青海' + short if short.startswith('省') else short


def institution_kind(name):
    if '藏医院' in name:
        return 'ETHNIC_MEDICINE_HOSPITAL'
    if '妇幼保健' in name:
        return 'MATERNAL_CHILD_HEALTH'
    if '专科医院' in name or '妇女儿童医院' in name:
        return 'SPECIALTY_HOSPITAL'
    if '远程会诊中心' in name:
        return 'TELEMEDICINE_CENTRE'
    return 'HOSPITAL'


def parse(t):
    """The institutions (name -> clause), alliances, notice targets and family-doctor targets of 140号's text t
    (as section() returns it)."""
    institutions = {}   # name -> clause
    alliances = []      # dicts

    def inst(name, clause):
        institutions.setdefault(full_name(name), clause)
        return full_name(name)

    # 三(一)1 省级区域医联体: "以省人民医院为核心的省级区域医疗联合体、以…为核心的…和以…为核心的…"
    c1 = '三(一)1'
    para = need(r'已组建的(以.+?为核心的.+?)(?:,|，)要进一步完善', t, 'the provincial regional alliances').group(1)
    for lead, kind_name in re.findall(r'以(.+?)为核心的(省级[^、和]+)', para):
        lead = inst(lead, c1)
        alliances.append(dict(name=lead + kind_name, kind='PROVINCIAL_REGIONAL', specialty='', lead=lead,
                              status='ESTABLISHED', lead_basis='stated',
                              source=c1, quote='以%s为核心的%s' % (lead.replace('青海', '', 1) if lead.startswith('青海省') else lead, kind_name)))

    # 三(一)2 专科联盟 already formed: "在已组建的青海省儿科学科联合体、省妇产科学科联合体、省妇幼保健学科联合体基础上"
    c2 = '三(一)2'
    formed = need(r'在已组建的(.+?)基础上', t, 'the formed specialty unions').group(1)
    for name in formed.split('、'):
        spec = re.sub(r'^(青海)?省|学科联合体$', '', name)
        alliances.append(dict(name=full_name(name), kind='SPECIALTY', specialty=spec, lead='', status='ESTABLISHED',
                              lead_basis='not stated in the notice', source=c2, quote=name))

    # New cross-regional specialty alliances and their leads, listed in the same order:
    # "由青海省人民医院、省妇女儿童医院、省心脑血管病专科医院、青海大学附属医院牵头, … 建立青海省呼吸学科、儿科学科、心血管学科、包虫病跨区域专科联盟"
    leads = need(r'由([^,，]+?)牵头(?:,|，)以优势专科', t, 'the specialty leads').group(1).split('、')
    fields = need(r'建立青海省(.+?)跨区域专科联盟', t, 'the new specialty alliances').group(1).split('、')
    paired = len(leads) == len(fields)
    for i, f in enumerate(fields):
        spec = re.sub(r'学科$', '', f)
        lead = inst(leads[i], c2) if paired else ''
        alliances.append(dict(name='青海省%s跨区域专科联盟' % spec, kind='SPECIALTY', specialty=spec, lead=lead,
                              status='PLANNED',
                              lead_basis='inferred: %d leads and %d alliances listed in the same order' % (len(leads), len(fields)),
                              source=c2, quote='建立青海省%s跨区域专科联盟' % '、'.join(fields)))
    for l in leads:
        inst(l, c2)

    # "由青海红十字医院妇产科、省妇幼保健院妇幼保健专业与市、州、县级公立医院相关专业组建专科联盟"
    pair = need(r'由(青海红十字医院)(妇产科)、(省妇幼保健院)(妇幼保健)专业与', t, 'the Red Cross / MCH alliances')
    for lead, spec in ((pair.group(1), pair.group(2)), (pair.group(3), pair.group(4))):
        lead = inst(lead, c2)
        alliances.append(dict(name='%s%s专科联盟' % (lead, spec), kind='SPECIALTY', specialty=spec, lead=lead,
                              status='PLANNED', lead_basis='stated', source=c2,
                              quote=pair.group(0) + '市、州、县级公立医院相关专业组建专科联盟'))

    # 三(一)5 远程医疗协作网: "青海省远程会诊中心 … 已覆盖44家县级医疗机构和405个乡镇卫生院的卫生专网"
    c5 = '三(一)5'
    tele = need(r'充分利用(青海省远程会诊中心)和省卫生计生委建立的已覆盖(\d+)家县级医疗机构和(\d+)个乡镇卫生院的卫生专网', t,
                'the telemedicine network')
    centre = inst(tele.group(1), c5)
    alliances.append(dict(name='青海省远程医疗协作网', kind='TELEMEDICINE', specialty='', lead=centre, status='ESTABLISHED',
                          lead_basis='stated (with 省卫生计生委)', source=c5, quote=tele.group(0)))

    targets = []

    def target(code, value, unit, year, clause, quote):
        targets.append(dict(code=code, value=value, unit=unit, year=year, clause=clause, quote=quote))

    m = need(r'2017年,.{0,40}?各市州至少建成(一)个有明显成效的医联体', t, 'the 2017 prefecture target')
    target('PREFECTURE_EFFECTIVE_ALLIANCES_MIN', 1, 'alliances per 市州', 2017, '二', m.group(0))
    m = need(r'到(2020)年,所有二级公立医院和政府办基层医疗卫生机构全部参与医联体', t, 'the 2020 membership target')
    target('SECONDARY_PUBLIC_HOSPITALS_MEMBER_SHARE', 100, '%', 2020, '二', m.group(0))
    target('GOVERNMENT_PRIMARY_MEMBER_SHARE', 100, '%', 2020, '二', m.group(0))
    m = need(r'进一步完善已组建的(\d+)个市州公立医院医疗集团和医联体', t, 'the existing prefecture groups')
    target('PREFECTURE_GROUPS_EXISTING', int(m.group(1)), 'groups (notice statement, not named)', 2017, '三(一)3', m.group(0))
    m = need(r'每个市\(州\)选择(\d+)个县开展县乡村一体化管理试点', t, 'the county pilots')
    target('COUNTY_PILOTS_PER_PREFECTURE', int(m.group(1)), 'counties per 市州', None, '三(一)4', m.group(0))
    m = need(r'带动县域内(\d+)—(\d+)个乡镇卫生院', t, 'the townships per pilot')
    target('PILOT_TOWNSHIP_CENTRES_MIN', int(m.group(1)), 'township health centres', None, '三(一)4', m.group(0))
    target('PILOT_TOWNSHIP_CENTRES_MAX', int(m.group(2)), 'township health centres', None, '三(一)4', m.group(0))
    target('TELEMEDICINE_COUNTY_INSTITUTIONS', int(tele.group(2)), 'county institutions', None, c5, tele.group(0))
    target('TELEMEDICINE_TOWNSHIP_CENTRES', int(tele.group(3)), 'township health centres', None, c5, tele.group(0))
    m = need(r'开具不超过(\d+)个月用药量的长处方', t, 'the long prescription limit')
    target('LONG_PRESCRIPTION_MAX_MONTHS', int(m.group(1)), 'months', None, '三(二)3', m.group(0))

    # 三(二)3 family-doctor contracting targets
    fd = []
    m = need(r'(2017)年底,全省家庭医生签约服务覆盖率达到(\d+)%,重点人群覆盖率达到(\d+)%以上', t, '2017 contracting')
    fd.append(dict(year=m.group(1), overall_pct=m.group(2), key_population_pct=m.group(3), full_coverage='false',
                   clause='三(二)3', quote=m.group(0)))
    m = need(r'(2018)年,家庭医生签约服务覆盖率达到(\d+)%以上,重点人群签约服务覆盖率达到(\d+)%以上', t, '2018 contracting')
    fd.append(dict(year=m.group(1), overall_pct=m.group(2), key_population_pct=m.group(3), full_coverage='false',
                   clause='三(二)3', quote=m.group(0)))
    m = need(r'(2020)年,家庭医生签约服务长效机制基本建立,.{0,40}?基本实现家庭医生签约服务制度全覆盖', t, '2020 contracting')
    # "基本实现…制度全覆盖" is a qualitative target: stored as full coverage with no percentage of its own.
    fd.append(dict(year=m.group(1), overall_pct='', key_population_pct='', full_coverage='true',
                   clause='三(二)3', quote=m.group(0)))

    return institutions, alliances, targets, fd


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    src = argv[0] if len(argv) > 0 else DEFAULT_IN
    out = argv[1] if len(argv) > 1 else DEFAULT_OUT
    institutions, alliances, targets, fd = parse(notice_text(src))
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, 'institutions.csv'), ['name', 'level', 'ownership', 'kind', 'tier', 'source'],
          [dict(name=n, level='TERTIARY',
                ownership='PUBLIC', kind=institution_kind(n), tier='PROVINCE', source=NOTICE + ' ' + c)
           for n, c in institutions.items()])
    write(os.path.join(out, 'alliances.csv'),
          ['name', 'kind', 'specialty', 'lead', 'status', 'lead_basis', 'source', 'quote'], alliances)
    write(os.path.join(out, 'notice_targets.csv'), ['code', 'value', 'unit', 'year', 'clause', 'quote'], targets)
    write(os.path.join(out, 'family_doctor_targets.csv'),
          ['year', 'overall_pct', 'key_population_pct', 'full_coverage', 'clause', 'quote'], fd)
    print('parse_140: %d institutions, %d alliances, %d targets, %d contracting targets'
          % (len(institutions), len(alliances), len(targets), len(fd)))
    return 0


def write(path, header, rows):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=header, lineterminator='\n')
        w.writeheader()
        for r in rows:
            w.writerow({k: ('' if r.get(k) is None else r.get(k)) for k in header})


if __name__ == '__main__':
    sys.exit(main())
