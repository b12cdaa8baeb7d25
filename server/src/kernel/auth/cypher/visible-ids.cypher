// Which of these ids lie in the given territories: the territory itself, anything
// LOCATED_IN one, people and committees through where they work or sit, institutions
// through their parent, tenders through their issuer, and dossiers through their person.
// Reference data belongs to no territory and everyone sees it: products, therapeutic
// areas, companies (ours and competitors'), national programmes and events (located
// nowhere), our own staff (users are colleagues, not stakeholders), and published evidence
// (publications, trials, congress talks: public record; their people are filtered apart).
// Params: $ids [string], $territoryIds [string]. Returns: id.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (owner:Person)-[:HAS_DOSSIER]->(n)
WITH n, coalesce(owner, n) AS subject
WHERE subject:Product OR subject:TherapeuticArea OR subject:User OR (subject:Institution AND subject.kind = 'company')
   OR subject:Publication OR subject:Trial OR subject:Talk
   OR ((subject:Program OR subject:Event) AND NOT EXISTS { (subject)-[:LOCATED_IN]->(:Territory) })
   OR (subject:Territory AND subject.id IN $territoryIds)
   OR EXISTS { (subject)-[:PART_OF*0..3]->(:Entity)-[:LOCATED_IN]->(t:Territory) WHERE t.id IN $territoryIds }
   OR EXISTS { (subject)-[:WORKS_AT|MEMBER_OF|ROLE_IN|DRAFTS]->(:Entity)-[:PART_OF*0..2]->(:Entity)-[:LOCATED_IN]->(t:Territory) WHERE t.id IN $territoryIds }
   OR EXISTS { (subject)<-[:ISSUES]-(:Entity)-[:PART_OF*0..2]->(:Entity)-[:LOCATED_IN]->(t:Territory) WHERE t.id IN $territoryIds }
RETURN n.id AS id
