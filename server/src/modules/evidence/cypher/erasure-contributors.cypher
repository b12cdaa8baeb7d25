// The names that a reviewer merged into a person being erased, or created the person from:
// they keep the person's name as spelled in publications, ORCID iD, affiliations, cities
// and the reviewer's reason. All of it goes; the decision itself stays (status, personId),
// so a re-import of the same file attaches the works to the placeholder again and never
// writes the name back. (Works and participation ties stay: they shape scientific
// standing, and they are published facts about works, not notes about the person.)
// Params: $personId, $placeholder. Returns: changed.
MATCH (c:Contributor {personId: $personId})
SET c.name = $placeholder, c.affiliations = [], c.cities = []
REMOVE c.searchName, c.lastName, c.foreName, c.initials, c.orcid, c.key, c.reason
RETURN count(c) AS changed
