# A build without --infer leaves no stale inferred edges.
PREFIX graph: <https://w3id.org/kgnews/id/graph/>
DROP SILENT GRAPH graph:inferred
