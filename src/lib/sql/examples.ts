// Example queries that answer real questions on the atlas' tables (titles in i18n/sql.ts). Each one
// runs in tests/unit/sql/examples.test.ts against the built tables.
export const EXAMPLES = {
  shrinkingSlow: `-- Gemeinden, die 2013–2023 Einwohner verloren haben und in denen Mitte 2021
-- weniger als 90 % der Haushalte 50 Mbit/s buchen konnten
WITH pop AS (
  SELECT ags,
    max(value) FILTER (WHERE period = '2013') AS ew_2013,
    max(value) FILTER (WHERE period = '2023') AS ew_2023
  FROM facts WHERE measure = 'pop_total' GROUP BY ags
), bb AS (
  SELECT ags, value AS bb50_2021 FROM facts WHERE measure = 'bb_alle_50' AND period = '2021-06'
)
SELECT r.ags, r.name AS gemeinde, k.name AS kreis, p.ew_2013, p.ew_2023,
  round(100 * (p.ew_2023 / p.ew_2013 - 1), 1) AS veraenderung_pct, b.bb50_2021
FROM pop p
JOIN bb b USING (ags)
JOIN regions r USING (ags)
JOIN regions k ON k.ags = r.kreis
WHERE p.ew_2023 < p.ew_2013 AND b.bb50_2021 < 90
ORDER BY veraenderung_pct`,

  gigabitGap: `-- Gigabit-Versorgung (Mitte 2021) in Städten und Landgemeinden (BBSR-Stadt- und Gemeindetyp)
-- je Kreis, mit der Einwohnerzahl gewichtet; größte Lücke zuerst
WITH g AS (
  SELECT r.kreis, f.value AS gigabit, f.w AS einwohner,
    CASE WHEN t.value = 50 THEN 'Landgemeinde' ELSE 'Stadt' END AS typ
  FROM facts f
  JOIN regions r USING (ags)
  JOIN facts t ON t.ags = f.ags AND t.measure = 'bbsr_sgtyp' AND t.period = '2019'
  WHERE f.measure = 'bb_alle_1000' AND f.period = '2021-06'
)
SELECT k.ags, k.name AS kreis,
  round(sum(gigabit * einwohner) FILTER (WHERE typ = 'Stadt') / sum(einwohner) FILTER (WHERE typ = 'Stadt'), 1) AS staedte_pct,
  round(sum(gigabit * einwohner) FILTER (WHERE typ = 'Landgemeinde') / sum(einwohner) FILTER (WHERE typ = 'Landgemeinde'), 1) AS landgemeinden_pct,
  round(staedte_pct - landgemeinden_pct, 1) AS luecke_prozentpunkte
FROM g JOIN regions k ON k.ags = g.kreis
GROUP BY ALL
HAVING landgemeinden_pct IS NOT NULL
ORDER BY luecke_prozentpunkte DESC`,

  kreisPopulation: `-- Bevölkerungsentwicklung der Kreise 2013–2023 (Summe ihrer Gemeinden)
SELECT k.ags, k.name AS kreis,
  sum(f.value) FILTER (WHERE f.period = '2013') AS ew_2013,
  sum(f.value) FILTER (WHERE f.period = '2023') AS ew_2023,
  round(100 * (ew_2023 / ew_2013 - 1), 1) AS veraenderung_pct
FROM facts f
JOIN regions g ON g.ags = f.ags AND g.level = 'gemeinde'
JOIN regions k ON k.ags = g.kreis
WHERE f.measure = 'pop_total' AND f.period IN ('2013', '2023')
GROUP BY ALL
ORDER BY veraenderung_pct`,

  gigabitGrowth: `-- Wo ist Gigabit zwischen Ende 2019 und Mitte 2021 am stärksten gewachsen?
SELECT r.ags, r.name AS gemeinde,
  max(f.value) FILTER (WHERE f.period = '2019-12') AS gigabit_2019_12,
  max(f.value) FILTER (WHERE f.period = '2021-06') AS gigabit_2021_06,
  round(gigabit_2021_06 - gigabit_2019_12, 1) AS zuwachs_prozentpunkte
FROM facts f JOIN regions r USING (ags)
WHERE f.measure = 'bb_alle_1000' AND r.level = 'gemeinde'
GROUP BY ALL
ORDER BY zuwachs_prozentpunkte DESC
LIMIT 15`,

  projectsPerKreis: `-- Smart-City-/Starke-Heimat-Projekte je Kreis (eine zitierte Auswahl, nicht alle geförderten Projekte)
SELECT m.key AS ags, k.name AS kreis, count(DISTINCT p.project) AS projekte,
  list(DISTINCT p.program ORDER BY p.program) AS programme
FROM projects p
JOIN membership m ON m.ags = p.ags AND m.level = 'kreis'
JOIN regions k ON k.ags = m.key
GROUP BY ALL
ORDER BY projekte DESC, kreis`,

  describeFacts: `SUMMARIZE facts`,
} as const;

export type ExampleId = keyof typeof EXAMPLES;
export const EXAMPLE_IDS = Object.keys(EXAMPLES) as ExampleId[];
