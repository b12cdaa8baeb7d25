// Every therapeutic area, to name influence domains in explanations.
// Returns one row: areas, a list of [id, name].
MATCH (area:TherapeuticArea)
RETURN collect([area.id, area.name]) AS areas
