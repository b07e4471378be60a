/**
 * Unnamed sites lie at the place their name gives: "a camp near Sabratha" is at Sabratha, "the
 * beach hotel near Sousse" at Sousse. Reports rarely say so as a located_in statement (and "near"
 * is not "in"), so the place a site's own name ties it to is kept with the site for the hierarchy.
 */
export const migration = {
  version: 4,
  name: "site-parents",
  sql: `
alter table places add column parent_id text references entities(id);
create index places_parent_idx on places (parent_id);
`,
};
