-- GET /api/v1/rounds/{id}/assessments pages a round's assessments in ranking order (137号 第十条(四) 确定考核结果):
-- this index hands a page out in that order instead of reading and sorting every assessment of the round.
create index assessment_round_ranking_idx on assessment (round_id, ranking, id);
