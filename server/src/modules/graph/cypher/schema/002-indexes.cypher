CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX institution_kind IF NOT EXISTS FOR (n:Institution) ON (n.kind);
CREATE INDEX tender_date IF NOT EXISTS FOR (n:Tender) ON (n.date);
CREATE INDEX interaction_date IF NOT EXISTS FOR (n:Interaction) ON (n.date);
CREATE INDEX user_role IF NOT EXISTS FOR (n:User) ON (n.role);
// Text search that focuses a person or an account on the map.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Institution|Committee|Tender|Product|Territory) ON EACH [n.name];
CREATE INDEX audit_target IF NOT EXISTS FOR (a:AuditEntry) ON (a.targetId);
CREATE INDEX audit_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
CREATE INDEX plan_step_due IF NOT EXISTS FOR (n:PlanStep) ON (n.due);
CREATE INDEX interaction_kind IF NOT EXISTS FOR (n:Interaction) ON (n.kind);
CREATE INDEX change_event_on IF NOT EXISTS FOR (e:ChangeEvent) ON (e.on);
