// Ids are stable strings, unique across the whole graph (every domain node is an :Entity),
// so ties.csv can name endpoints by id alone. The per-label constraints state the model.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT institution_id IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT committee_id IF NOT EXISTS FOR (n:Committee) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT territory_id IF NOT EXISTS FOR (n:Territory) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT territory_name IF NOT EXISTS FOR (n:Territory) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT tender_id IF NOT EXISTS FOR (n:Tender) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT program_id IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT product_id IF NOT EXISTS FOR (n:Product) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT therapeutic_area_id IF NOT EXISTS FOR (n:TherapeuticArea) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT interaction_id IF NOT EXISTS FOR (n:Interaction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT dossier_id IF NOT EXISTS FOR (n:Dossier) REQUIRE n.id IS UNIQUE;
// One row holds the graph's version: analytics caches key on it and writes bump it.
CREATE CONSTRAINT graph_meta_key IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.key IS UNIQUE;
CREATE CONSTRAINT plan_id IF NOT EXISTS FOR (n:Plan) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT plan_step_id IF NOT EXISTS FOR (n:PlanStep) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sales_id IF NOT EXISTS FOR (n:Sales) REQUIRE n.id IS UNIQUE;
// The change log: one event per API write, numbered by the graph version it made.
CREATE CONSTRAINT change_event_version IF NOT EXISTS FOR (e:ChangeEvent) REQUIRE e.version IS UNIQUE;
