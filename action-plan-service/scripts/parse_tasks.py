#!/usr/bin/env python3
"""Parse the 50 tasks of 青政办〔2017〕135号 (在全省开展“夏秋季攻势”专项行动的实施方案) from the gazette text.

Usage: python3 scripts/parse_tasks.py [gazette.txt] [out_dir]
Defaults: docs/gazette/000_6bc5adcb762922b6.txt in the repository, src/main/resources/seed.
Python 3 standard library only. Writes:
  tasks.csv         number, group_numeral, text, lead_wording, responsible_wording, deadline, deadline_basis
  task_units.csv    task_number, role (LEAD|RESPONSIBLE), position, wording, unit, followed_by_etc (…等)
  units.csv         name, kind, prefecture
  collectives.csv   collective, member, basis   (各… collectives: the same members on every task)
  task_unit_members.csv  task_number, role, position, member, basis   (相关… collectives, read per task)
  indicators.csv    task_number, code, name, unit, comparator, target, deadline, deadline_basis,
                    source_phrase, linked_source, linked_key, figure_rule, figure_rule_basis
  safeguards.csv    ordinal, title, text
  notes.csv         task_number, kind, detail   (what the text itself gets wrong or leaves open)
The text has page-break artefacts (a sentence broken over a blank line); lines of one task are joined
without a separator. Unit lists are split on 、 and ， except inside the collective
'省政府各委、办、厅、局' / '省政府相关委、办、厅、局', which is one unit of the notice's wording.
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODULE = os.path.dirname(HERE)
DEFAULT_SRC = os.path.join(MODULE, '..', 'docs', 'gazette', '000_6bc5adcb762922b6.txt')
DEFAULT_OUT = os.path.join(MODULE, 'src', 'main', 'resources', 'seed')

PREFECTURES = [('西宁市政府', '西宁市'), ('海东市政府', '海东市'), ('海西州政府', '海西州'), ('海南州政府', '海南州'),
               ('海北州政府', '海北州'), ('黄南州政府', '黄南州'), ('果洛州政府', '果洛州'), ('玉树州政府', '玉树州')]
AUTONOMOUS = [p for p in PREFECTURES if p[1].endswith('州')]

# Collectives: the notice's wording, and who it reaches. 各… names every member, the same on every task.
# 相关… (concerned) means different units on different tasks: it is read per task (task_unit_members.csv),
# from the task's text where it names them (TASK_MEMBERS), otherwise the broadest reading with a note that
# the notice does not say which (an admin narrows it per task). County governments are reached through
# their 市州 government (no county list here).
COLLECTIVES = {
    '各市州人民政府': ([p[0] for p in PREFECTURES], 'notice'),
    '各市州县人民政府': ([p[0] for p in PREFECTURES], 'notice: counties reached through their 市州 government'),
    '相关市州人民政府': ([p[0] for p in PREFECTURES], 'the eight 市州'),
    '相关市州县人民政府': ([p[0] for p in PREFECTURES], 'the eight 市州'),
    '相关州人民政府': ([p[0] for p in AUTONOMOUS], 'the six 自治州'),
    '相关州县人民政府': ([p[0] for p in AUTONOMOUS], 'the six 自治州'),
    '省政府各委、办、厅、局': (None, 'notice: every provincial department named in the notice'),
    '省政府相关委、办、厅、局': (None, 'every provincial department named in the notice'),
}

# 相关… collectives whose members the task's own text names, as (phrase quoted from the text, [(member, place)]).
# 135号 任务9: 河南县 (黄南州), 大通县 (西宁市), 海晏县 (海北州), 都兰县 (海西州).
TASK_MEMBERS = {
    9: ('加快河南、大通、海晏3个全国农村产业示范县建设，启动都兰县农牧业产业园项目',
        [('西宁市政府', '大通县'), ('海北州政府', '海晏县'), ('黄南州政府', '河南县'), ('海西州政府', '都兰县')]),
}
# Where the text mentions some 市州 but not as the list of who takes part (等地, one project among others):
# quoted in the note for the admin who narrows the reading; the broadest reading is seeded.
MENTIONS = {
    35: ['海北州等地'],
    36: ['西宁辐射带动作用', '海东加快发展问题', '海西转型发展'],
    37: ['海西三行委', '共和、湟中撤县建市'],
    42: ['西宁轨道交通1号线', '海南特高压外送通道'],
    43: ['黄南机场'],
}

# A task's own deadline where its text states one (the latest it states), otherwise the offensive's end:
# 135号 opens with 省政府决定三季度在全省开展“夏秋季攻势”专项行动.
STATED_DATES = [('9月前', '2017-09-30'), ('9月底', '2017-09-30'), ('三季度', '2017-09-30'),
                ('年底前', '2017-12-31'), ('年内', '2017-12-31'), ('全年', '2017-12-31'), ('今年', '2017-12-31')]
# Other spellings of a unit the notice uses; the task keeps the wording, the unit is the canonical one.
ALIASES = {'西宁市人民政府': '西宁市政府'}

CENTRAL = ('人行', '青海银监局', '青海证监局', '青海保监局', '西宁海关', '省国税局')
ENTERPRISE = ('青藏铁路公司', '青海机场公司')
MASS = ('团省委', '省供销联社')

# Indicators the notice states in a task's text. Each row quotes the phrase it comes from; the script
# fails if the phrase is not in that task's text, so the seed cannot drift from the notice.
# deadline_basis: 'stated' when the text gives the date; otherwise why the date was chosen.
Q3 = 'not stated: end of the offensive (三季度) 2017-09-30'
YEAR = 'stated: 年内/全年/今年/年底前'
INDICATORS = [
    (1, '01-permits', '核发重点行业排污许可证', '个行业', 'GE', '13', '2017-09-30', Q3, '核发13个重点行业排污许可证', '', ''),
    (2, '02-plans', '编制完成三江源国家公园专项规划', '个', 'GE', '5', '2017-09-30', Q3 + ' (阶段性任务)', '编制完成5个专项规划（阶段性任务）', '', ''),
    (2, '02-key-tasks', '完成三江源国家公园重点任务', '项', 'GE', '30', '2017-09-30', Q3, '完成30项重点任务', '', ''),
    (10, '10-brands', '打造绿色、有机、富硒等农牧业品牌', '个', 'GE', '30', '2017-09-30', Q3, '打造绿色、有机、富硒等农牧业品牌30个', '', ''),
    (15, '15-tech-centres', '新增省级企业技术中心', '家', 'GE', '2', '2017-09-30', Q3 + '; the text gives a range 2—3, the lower bound is the target', '新增2—3家省级企业技术中心', '', ''),
    (15, '15-little-giants', '培育科技小巨人企业', '家', 'GE', '5', '2017-09-30', Q3, '培育5家科技小巨人企业', '', ''),
    (17, '17-tech-firms', '新认定科技型企业', '家', 'GE', '40', '2017-09-30', Q3, '新认定科技型企业40家', '', ''),
    (17, '17-high-tech', '新认定高新技术企业', '家', 'GE', '22', '2017-09-30', Q3, '高新技术企业22家', '', ''),
    (17, '17-little-giants', '新认定科技小巨人企业', '家', 'GE', '5', '2017-09-30', Q3, '科技小巨人企业5家', '', ''),
    (21, '21-coal', '压减煤炭产能', '万吨', 'GE', '132', '2017-09-30', 'stated: 9月前', '9月前完成132万吨煤炭产能压减任务', '', ''),
    (25, '25-spending', '全年支出执行率', '%', 'GE', '95', '2017-12-31', YEAR, '确保全年支出执行率达到95%以上', '', ''),
    (27, '27-direct-financing', '直接融资', '亿元', 'GE', '600', '2017-12-31', YEAR, '力争年内完成不低于600亿元的直接融资', '', ''),
    (29, '29-alliances', '各市州建成有明显成效的医联体', '个/市州', 'GE', '1', '2017-12-31', YEAR, '各市（州）年底前至少建成一个有明显成效的医联体', 'MEDICAL_ALLIANCE', 'effectiveAlliances'),
    (29, '29-family-doctor', '家庭医生签约服务覆盖率', '%', 'GE', '30', '2017-12-31', 'stated with 年底前 in the same sentence', '家庭医生签约服务覆盖率达到30%以上', 'MEDICAL_ALLIANCE', 'coveragePct'),
    (29, '29-cross-province', '跨省异地就医住院医疗费用直接结算', '实现=1', 'EQ', '1', '2017-09-30', 'stated: 9月底', '9月底要实现跨省异地就医住院医疗费用直接结算', '', ''),
    (29, '29-two-invoice', '药品采购“两票制”占比', '%', 'GE', '80', '2017-12-31', YEAR, '药品采购“两票制”年内占比达到80%', '', ''),
    (29, '29-drg', '公立医院按病种付费病种', '个', 'GE', '100', '2017-12-31', 'not stated: year end assumed as for the other 医改 targets of the task', '确保公立医院实行按病种付费病种达到100个以上', '', ''),
    (32, '32-single-window', '青海省国际贸易“单一窗口”项目建成', '实现=1', 'EQ', '1', '2017-09-30', Q3, '完成青海省国际贸易“单一窗口”项目建设', '', ''),
    (32, '32-china-europe-rail', '中欧班列运行常态化', '实现=1', 'EQ', '1', '2017-09-30', Q3, '实现中欧班列运行常态化', '', ''),
    (34, '34-retail', '社会消费品零售总额增长', '%', 'GE', '10', '2017-12-31', 'not stated: an annual growth rate, 2017 full year assumed', '确保社会消费品零售总额增长10%以上', '', ''),
    (37, '37-villages', '美丽乡村建设', '个', 'GE', '300', '2017-12-31', 'annual target (年度目标); the notice asks for its stage in the offensive', '全面完成300个美丽乡村、16个美丽城镇建设年度目标的阶段任务', '', ''),
    (37, '37-towns', '美丽城镇建设', '个', 'GE', '16', '2017-12-31', 'annual target (年度目标); the notice asks for its stage in the offensive', '16个美丽城镇建设年度目标', '', ''),
    (39, '39-contract-fulfilment', '青洽会签约项目履约率', '%', 'GE', '70', '2017-12-31', 'target and date from 青政办〔2017〕134号 (2017-12-31: 70/50/15 %)', '青洽会等重大会议部署的各项任务', 'PROJECT_TRACKING', 'contractFulfilmentRate'),
    (39, '39-construction-start', '青洽会签约项目开工率', '%', 'GE', '50', '2017-12-31', 'target and date from 青政办〔2017〕134号 (2017-12-31: 70/50/15 %)', '青洽会等重大会议部署的各项任务', 'PROJECT_TRACKING', 'constructionStartRate'),
    (39, '39-funds-in-place', '青洽会签约项目资金到位率', '%', 'GE', '15', '2017-12-31', 'target and date from 青政办〔2017〕134号 (2017-12-31: 70/50/15 %)', '青洽会等重大会议部署的各项任务', 'PROJECT_TRACKING', 'fundsInPlaceRate'),
    (41, '41-central-start', '中央预算内投资项目开工率', '%', 'EQ', '100', '2017-12-31', YEAR, '确保今年中央预算内投资项目年内全部开工', '', ''),
    (41, '41-central-investment', '中央预算内投资项目投资完成率', '%', 'GE', '50', '2017-12-31', YEAR, '投资完成率达到50%以上', '', ''),
    (45, '45-industry', '规上工业增加值增长', '%', 'GE', '7', '2017-12-31', YEAR, '确保今年规上工业增长7%以上', '', ''),
]

# How the figures of several units combine into the one an indicator is judged by (FigureRule in the service).
# 135号 二 makes the 牵头单位 answer for its task, so by default the lead's figure stands for the province
# (PROVINCE, no basis needed); the indicators below read otherwise, each with the reason from the text.
DEFAULT_FIGURE_RULE = ('PROVINCE', '')
FIGURE_RULES = {
    '29-alliances': ('WEAKEST', '各市（州）年底前至少建成一个: every 市州 must reach it, the weakest counts'),
    '29-family-doctor': ('PROVINCE', "140号: 30% for 全省 in 2017, judged by the province's figure; 市州 beside it"),
}

# What a task's text leaves open beyond its units, as (task, kind, phrase quoted from the task's text, detail).
# The script fails if the phrase is not in that task's text. Kinds: target-without-indicator (a target the
# text states without a figure the service can check), reading (how a wording is read), indicator-deadline
# (an indicator judged at a date other than its task's).
TASK_NOTES = [
    (35, 'target-without-indicator', '打造十大旅游知名景区、十个生态特色旅游县',
     "十大旅游知名景区、十个生态特色旅游县 (打造): the notice names no list and no measure of when a 景区 or 县 counts "
     "as 打造, so no figure can be checked; the 督查室 confirms completion (PUT /tasks/35/completion) on the tourism "
     "department's evidence"),
    (13, 'target-without-indicator', '全面落实好民生十件实事各项任务',
     "民生十件实事: the ten items are set by the provincial government's own list, not in 135号, so the service holds "
     "no target per item; the 督查室 confirms completion on the 责任单位' reports"),
    (20, 'target-without-indicator', '举办第三届创业大赛',
     '第三届创业大赛 (举办): a single event, done or not; no figure is reported, the 督查室 confirms completion '
     '(PUT /tasks/20/completion) once it is held'),
    (3, 'target-without-indicator', '实现三季度目标任务',
     "三季度目标任务 of 三江源二期工程: the notice refers to targets set elsewhere (the project's own plan) without "
     "stating them; the 督查室 confirms completion by 2017-09-30 on the lead unit's report"),
    (21, 'reading', '9月前完成',
     '9月前 is read as by the end of September (2017-09-30, inclusive), as 135号 sets 三季度 for the offensive; read '
     'as before September it would be 2017-08-31, one monthly report earlier'),
    (32, 'target-without-indicator', '完成青海省国际贸易“单一窗口”项目建设',
     '单一窗口 and 中欧班列常态化 are done/not-done targets (实现=1, as 任务29\'s 跨省结算): indicators 32-single-window '
     'and 32-china-europe-rail, due with the task, 2017-09-30'),
    (34, 'indicator-deadline', '确保社会消费品零售总额增长10%以上',
     "the task's text has no date (三季度 assumed, 2017-09-30) but 社会消费品零售总额增长10% is an annual rate, judged "
     'at 2017-12-31: reports run to 2017-12 and the status judges the indicator at its own date'),
    (37, 'indicator-deadline', '300个美丽乡村、16个美丽城镇建设年度目标的阶段任务',
     '300个美丽乡村、16个美丽城镇 are 年度目标 (2017-12-31) whose 阶段任务 the offensive asks by 2017-09-30: the '
     'indicators are judged at the year end, reports run to 2017-12'),
    (39, 'indicator-deadline', '青洽会等重大会议部署的各项任务',
     "the 履约率/开工率/资金到位率 targets come from 青政办〔2017〕134号 with its date 2017-12-31, later than the "
     "task's 三季度: the indicators are judged at 134号's date, reports run to 2017-12"),
]


def indicator_rows():
    """INDICATORS with each indicator's figure rule and its basis."""
    unknown = set(FIGURE_RULES) - {i[1] for i in INDICATORS}
    if unknown:
        raise SystemExit('figure rule for unknown indicator(s) %s' % sorted(unknown))
    return [row + FIGURE_RULES.get(row[1], DEFAULT_FIGURE_RULE) for row in INDICATORS]


def task_notes(tasks):
    """TASK_NOTES as notes.csv rows, each phrase checked against its task's text."""
    rows = []
    for n, kind, phrase, detail in TASK_NOTES:
        if phrase not in tasks[n]['text']:
            raise SystemExit('note on task %d: phrase %r not in the text' % (n, phrase))
        rows.append((n, kind, detail))
    return rows


GROUP_RE = re.compile(r'^\(([一二三四])\)\s*(找准[^。]+点)。')
TASK_RE = re.compile(r'^(\d{1,2})\.\s*(.*)$')
UNIT_RE = re.compile(r'^(牵头单位|责任单位)\s*[:：]\s*(.*)$')


def section(lines):
    start = next(i for i, l in enumerate(lines) if l.strip() == '青政办〔2017〕135号')
    end = next(i for i, l in enumerate(lines) if l.strip() == '青政办〔2017〕137号' and i > start)
    return lines[start:end]


def kind_of(name):
    if name in COLLECTIVES:
        return 'COLLECTIVE'
    if name in dict(PREFECTURES):
        return 'PREFECTURE_GOVERNMENT'
    if name.startswith(CENTRAL):
        return 'CENTRAL_AGENCY'
    if name in ENTERPRISE:
        return 'ENTERPRISE'
    if name in MASS:
        return 'MASS_ORGANISATION'
    return 'PROVINCIAL_DEPARTMENT'


def unit_order(item):
    """市州 governments in the notice's order (西宁 … 玉树), then by kind and name."""
    names = [p[0] for p in PREFECTURES]
    return (0, names.index(item[0]), '') if item[0] in names else (1, item[1], item[0])


def split_units(raw, task, role, notes):
    """The wordings of one unit line in order, each with whether the notice wrote 等 right after it."""
    s = raw.strip().rstrip('。')
    protected = {}
    for i, c in enumerate(sorted((c for c in COLLECTIVES if '、' in c), key=len, reverse=True)):
        token = '\x00%d\x00' % i
        protected[token] = c
        s = s.replace(c, token)
    out = []
    for part in re.split(r'\s*[、，,]\s*', s):
        part = part.strip()
        if not part:
            continue
        if part.endswith('等等'):
            notes.append((task, 'typo', role + ' list ends in 等等 (doubled 等) after ' + part[:-2]))
        etc = part.endswith('等')
        part = part.rstrip('等')
        for token, c in protected.items():
            part = part.replace(token, c)
        out.append((part, etc))
    return out


def task_deadline(text):
    stated = [(d, p) for p, d in STATED_DATES if p in text]
    if not stated:
        return '2017-09-30', Q3
    latest = max(d for d, _ in stated)
    return latest, 'stated: ' + '、'.join(p for d, p in stated if d == latest)


def per_task_members(n, collective, text, departments):
    """Who a 相关… collective reaches on task n, the basis of each, and the note when the text does not say."""
    if n in TASK_MEMBERS:
        phrase, named = TASK_MEMBERS[n]
        if phrase not in text:
            raise SystemExit('task %d: phrase %r not in the text' % (n, phrase))
        return [(m, 'named in the text: ' + place) for m, place in named], None
    members, reading = COLLECTIVES[collective]
    members = members if members is not None else departments
    note = '%s: the notice does not say which; %s seeded until an admin narrows it for this task' % (collective, reading)
    for phrase in MENTIONS.get(n, []):
        if phrase not in text:
            raise SystemExit('task %d: phrase %r not in the text' % (n, phrase))
    if n in MENTIONS:
        note += '; the text mentions ' + '、'.join(MENTIONS[n])
    return [(m, 'not named in the notice: ' + reading) for m in members], note


def parse(text):
    lines = section(text.splitlines())
    groups, tasks, safeguards = [], {}, []
    current_group, current_task, in_safeguards = None, None, False
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if line.startswith('三、保障措施'):
            in_safeguards, current_task = True, None
            continue
        if in_safeguards:
            m = re.match(r'^\(([一二三])\)\s*([^。]+)。(.*)$', line)
            if m:
                safeguards.append([m.group(1), m.group(2), m.group(3)])
            elif safeguards and not line.startswith('青海省人民政府办公厅'):
                safeguards[-1][2] += line
            continue
        g = GROUP_RE.match(line)
        if g:
            current_group, current_task = g.group(1), None
            groups.append((g.group(1), g.group(2)))
            continue
        if current_group is None:
            continue
        t = TASK_RE.match(line)
        if t and int(t.group(1)) == len(tasks) + 1:
            current_task = {'number': int(t.group(1)), 'group': current_group, 'text': t.group(2).strip(),
                            'lead': None, 'responsible': None, 'closed': False}
            tasks[current_task['number']] = current_task
            continue
        u = UNIT_RE.match(line)
        if u and current_task is not None:
            current_task['lead' if u.group(1) == '牵头单位' else 'responsible'] = u.group(2).strip()
            current_task['closed'] = True
            continue
        if current_task is not None and not current_task['closed']:
            # a task sentence broken by a page break: join without a separator
            current_task['text'] += line
    return groups, tasks, safeguards


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    src = argv[0] if len(argv) > 0 else DEFAULT_SRC
    out = argv[1] if len(argv) > 1 else DEFAULT_OUT
    with open(src, encoding='utf-8') as f:
        groups, tasks, safeguards = parse(f.read())
    assert [g[0] for g in groups] == ['一', '二', '三', '四'], groups
    assert sorted(tasks) == list(range(1, 51)), sorted(tasks)
    assert len(safeguards) == 3, safeguards
    notes, unit_rows, units = [], [], {}
    for n, t in sorted(tasks.items()):
        if t['lead'] is None:
            notes.append((n, 'no-lead-unit', 'the notice names no 牵头单位; the 责任单位 owe the monthly report'))
        for role, key in (('LEAD', 'lead'), ('RESPONSIBLE', 'responsible')):
            if t[key] is None:
                continue
            for pos, (w, etc) in enumerate(split_units(t[key], n, role, notes), 1):
                canonical = ALIASES.get(w, w)
                units.setdefault(canonical, kind_of(canonical))
                unit_rows.append((n, role, pos, w, canonical, 'true' if etc else 'false'))
    for name, _ in PREFECTURES:
        units.setdefault(name, 'PREFECTURE_GOVERNMENT')
    departments = sorted(u for u, k in units.items() if k == 'PROVINCIAL_DEPARTMENT' and u.startswith('省'))
    collective_rows = []
    for c, (members, basis) in COLLECTIVES.items():
        if c not in units or '相关' in c:
            continue
        for m in (members if members is not None else departments):
            collective_rows.append((c, m, basis))
    member_rows = []
    for n, role, pos, _w, unit, _etc in unit_rows:
        if '相关' not in unit:
            continue
        members, note = per_task_members(n, unit, tasks[n]['text'], departments)
        member_rows += [(n, role, pos, m, b) for m, b in members]
        if note:
            notes.append((n, 'unnamed-members', note))
    notes.append((9, 'wording', '相关州县人民政府 reaches 西宁市政府: 大通县, named in the text, is a county of 西宁市, '
                                'which the wording 州县 does not literally cover'))
    for n, code, *_rest in INDICATORS:
        phrase = _rest[6]
        if phrase not in tasks[n]['text']:
            raise SystemExit('indicator %s: phrase %r not in task %d' % (code, phrase, n))
    notes += task_notes(tasks)
    os.makedirs(out, exist_ok=True)

    def write(name, header, rows):
        with open(os.path.join(out, name), 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f, lineterminator='\n')
            w.writerow(header)
            w.writerows(rows)

    write('tasks.csv', ['number', 'group_numeral', 'text', 'lead_wording', 'responsible_wording', 'deadline',
                        'deadline_basis'],
          [(n, t['group'], t['text'], t['lead'] or '', t['responsible'] or '') + task_deadline(t['text'])
           for n, t in sorted(tasks.items())])
    write('task_units.csv', ['task_number', 'role', 'position', 'wording', 'unit', 'followed_by_etc'], unit_rows)
    write('units.csv', ['name', 'kind', 'prefecture'],
          [(u, k, dict(PREFECTURES).get(u, '')) for u, k in sorted(units.items(), key=unit_order)])
    write('collectives.csv', ['collective', 'member', 'basis'], collective_rows)
    write('task_unit_members.csv', ['task_number', 'role', 'position', 'member', 'basis'], member_rows)
    write('indicators.csv', ['task_number', 'code', 'name', 'unit', 'comparator', 'target', 'deadline',
                             'deadline_basis', 'source_phrase', 'linked_source', 'linked_key', 'figure_rule',
                             'figure_rule_basis'], indicator_rows())
    write('safeguards.csv', ['position', 'ordinal', 'title', 'text'], [[i] + s for i, s in enumerate(safeguards, 1)])
    write('notes.csv', ['task_number', 'kind', 'detail'], notes)
    print('tasks=%d task_units=%d units=%d collectives=%d task_unit_members=%d indicators=%d safeguards=%d notes=%d'
          % (len(tasks), len(unit_rows), len(units), len(collective_rows), len(member_rows), len(INDICATORS),
             len(safeguards), len(notes)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
