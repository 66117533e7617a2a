/** The international mile: the API speaks miles, PostgreSQL's earthdistance metres. */
export const METERS_PER_MILE = 1609.344;
