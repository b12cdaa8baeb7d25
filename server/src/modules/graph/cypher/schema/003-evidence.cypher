// Evidence (modules/evidence): works are entities with stable ids (pmid-<PMID>,
// trial-<NCT id>, talk-<hash>); names awaiting review (Contributor) and proposed ties
// (TieSuggestion) are workflow records outside the entity model, keyed by their own ids.
CREATE CONSTRAINT publication_id IF NOT EXISTS FOR (n:Publication) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT trial_id IF NOT EXISTS FOR (n:Trial) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT talk_id IF NOT EXISTS FOR (n:Talk) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contributor_id IF NOT EXISTS FOR (n:Contributor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tie_suggestion_id IF NOT EXISTS FOR (n:TieSuggestion) REQUIRE n.id IS UNIQUE;
CREATE INDEX person_orcid IF NOT EXISTS FOR (n:Person) ON (n.orcid);
CREATE INDEX contributor_status IF NOT EXISTS FOR (n:Contributor) ON (n.status);
CREATE INDEX contributor_person IF NOT EXISTS FOR (n:Contributor) ON (n.personId);
CREATE INDEX tie_suggestion_from IF NOT EXISTS FOR (n:TieSuggestion) ON (n.fromId);
CREATE INDEX tie_suggestion_to IF NOT EXISTS FOR (n:TieSuggestion) ON (n.toId);
CREATE INDEX tie_suggestion_status IF NOT EXISTS FOR (n:TieSuggestion) ON (n.status);
CREATE INDEX talk_session IF NOT EXISTS FOR (n:Talk) ON (n.sessionKey);
