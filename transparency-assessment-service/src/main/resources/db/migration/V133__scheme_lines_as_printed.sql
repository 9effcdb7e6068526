-- 青政办〔2017〕137号 附件 as printed: every content line carries its gazette line number (gazette_line, in
-- /work/shared/seeds/000_6bc5adcb762922b6.txt) and every reading beyond the printed cell in data_note (which rows a
-- 备注 covers). Content is kept as printed ("落实 20 个工作日内" keeps its spaces). Generated from
-- scripts/parse_scheme.py's output (seed/scheme_2017.csv); a new database gets the same from SeedImporter.
alter table scheme_line add column gazette_line integer;
alter table scheme_line add column data_note varchar(500);
alter table scheme_line_aud add column gazette_line integer;
alter table scheme_line_aud add column data_note varchar(500);

-- an existing database already holds the seeded 2017 scheme (year 2017, revision 1): bring it to the printed text
update scheme_line l set gazette_line = v.gazette_line, content = v.content, data_note = v.data_note
from (values
    (1, 1, 913, '建立健全政务公开领导小组', null),
    (1, 2, 914, '主要负责人每年至少听取一次专题汇报，研究部署推进工作', null),
    (1, 3, 915, '办公室负责组织协调、指导推进、监督检查', null),
    (1, 4, 916, '政务公开纳入绩效考核范围', null),
    (1, 5, 917, '开展政务公开业务培训', null),
    (1, 6, 918, '明确工作机构、配齐配强工作人员', null),
    (1, 7, 919, '加强经费保障', null),
    (2, 1, 920, '建立本级行政机关政府信息公开工作制度', null),
    (2, 2, 921, '建立政府信息公开发布保密审查机制', null),
    (2, 3, 922, '建立年度报告、政府信息公开指南和政府信息公开目录编制制度', null),
    (2, 4, 923, '将“五公开”落实到办会程序', null),
    (2, 5, 924, '将“五公开”落实到办文程序', null),
    (2, 6, 925, '将政策解读要求落实到公文办理程序', null),
    (2, 7, 926, '建立政务舆情监测、整理、报告、处置等工作制度', null),
    (2, 8, 927, '建立政务舆情收集、会商、研判、回应、评估机制', null),
    (2, 9, 928, '建立重大舆情与宣传、网信等部门的快速反应和协调联动机制', null),
    (2, 10, 929, '建立各类公开平台日常管理、考核工作制度', null),
    (3, 1, 932, '政府网站建设符合政府网站管理办法相关要求', null),
    (3, 2, 933, '推进政府网站集约化建设', null),
    (3, 3, 934, '建设政务微博、微信、客户端等新媒体平台', null),
    (3, 4, 935, '在档案馆、公共图书馆设置政府信息查阅场所', null),
    (4, 1, 936, '主动公开政府信息公开工作年报、目录、重点领域信息，落实 20 个工作日内主动公开属于主动公开范围的政府信息', null),
    (4, 2, 937, '规范依申请公开工作（渠道畅通、依法办理）', null),
    (5, 1, 938, '解读渠道多样、畅通', null),
    (5, 2, 939, '主要负责人和政策起草者参加新闻发布会、接受采访、发表文章', null),
    (5, 3, 940, '经政府常务会议研究通过和由部门起草、以政府名义印发的政策性文件全部解读', null),
    (6, 1, 941, '政务舆情搜集、研判、报告工作有效', null),
    (6, 2, 942, '政务舆情回应符合规定时效', null),
    (6, 3, 943, '政务舆情处置及时、效果良好', null),
    (7, 1, 944, '完善网站参与渠道', null),
    (7, 2, 945, '落实利益相关方、公众代表、专家、媒体等列席政府相关会议', null),
    (7, 3, 946, '涉及公众利益、需社会广泛知晓的电视电话会议向社会公开', null),
    (7, 4, 947, '重要政策制定前公开征求意见，并公布意见采纳情况，相对集中的意见建议不予采纳的，说明理由', null),
    (7, 5, 948, '规范参与方式', null),
    (8, 1, 949, '规范政务服务工作制度和流程', '备注 ''此项为市、州政府考核内容'' is printed on the row of line 1 only (gazette line 949); ''此项'' is read as the whole item 8, so every line of it applies to 市州 governments only'),
    (8, 2, 950, '建立政务信息资源共享管理制度', null),
    (8, 3, 951, '实体政务服务大厅场地满足需求、功能齐全、制度完善、运行规范，服务事项进驻齐全，与省网上政务服务平台融合（大厅之外无政务服务事项和审批办理职权）', null),
    (8, 4, 952, '网上政务服务平台服务事项进驻齐全、流程优化、办结率高、政务信息资源充分共享', null),
    (8, 5, 953, '乡镇（街道）便民服务中心建成达标', null),
    (8, 6, 954, '面向基层服务的医院、学校、公交和水、电、气、暖等公共企事业单位办事公开制度健全，编制公共服务事项目录和服务指南并向社会公开', null),
    (9, 1, 957, '被省级以上党报、党刊及其他新闻媒体、政府网站正面宣传报道', '备注 ''不在总分内，但得分可计入（减）总分'' is printed on the row of line 1 only (gazette line 957); it is read as the whole item 9 (outside the 100, added to the total)'),
    (9, 2, 958, '被省部级（含）以上领导批示表扬', null),
    (9, 3, 959, '被省政府办公厅或国家部委厅局级（含）以上政务公开工作机构通报表扬', null),
    (10, 1, 960, '被省级以上党报、党刊及其他新闻媒体、政府网站负面宣传报道', 'no 备注 is printed for item 10; the 备注 of item 9 (gazette line 957) says ''（减）总分'', which is read as also putting 减分项 outside the 100 (subtracted from the total); item 10''s own remark is left empty'),
    (10, 2, 961, '被省部级（含）以上领导批示批评', null),
    (10, 3, 962, '被省政府办公厅或国家部委厅局级（含）以上政务公开工作机构通报批评', null),
    (10, 4, 963, '不按要求接受培训、参加会议、上报材料、反馈意见', null),
    (11, 1, 964, '在日常工作和考核、检查中弄虚作假的', null)
) as v(item_no, line_no, gazette_line, content, data_note), scheme_item i, scheme s
where i.id = l.item_id and s.id = l.scheme_id and s.year = 2017 and s.revision = 1
  and i.item_no = v.item_no and l.line_no = v.line_no;
-- item 10 has no 备注 of its own in the gazette (the 加分项 remark was copied onto it): see its line 1 data_note
update scheme_item i set remark = null from scheme s
where s.id = i.scheme_id and s.year = 2017 and s.revision = 1 and i.item_no = 10;
