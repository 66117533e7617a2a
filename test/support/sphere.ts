import { METERS_PER_MILE } from '@app/shared';

/** The sphere PostgreSQL's earthdistance measures on: the tests check the search's distances against it. */
const EARTH_RADIUS_M = 6378168;

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;
const degrees = (radiansValue: number) => (radiansValue * 180) / Math.PI;

/** The point `distance` metres from `origin` along `bearing` (radians). */
export function destination(origin: GeoPoint, bearing: number, distance: number): GeoPoint {
  const angle = distance / EARTH_RADIUS_M;
  const lat1 = radians(origin.latitude);
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(angle) + Math.cos(lat1) * Math.sin(angle) * Math.cos(bearing));
  const lon2 =
    radians(origin.longitude) +
    Math.atan2(Math.sin(bearing) * Math.sin(angle) * Math.cos(lat1), Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2));
  const longitude = ((((degrees(lon2) + 180) % 360) + 360) % 360) - 180;
  return { latitude: degrees(lat2), longitude };
}

/** Great-circle miles between two points (haversine). */
export function milesBetween(a: GeoPoint, b: GeoPoint): number {
  const haversine =
    Math.sin(radians(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(radians(a.latitude)) *
      Math.cos(radians(b.latitude)) *
      Math.sin(radians(b.longitude - a.longitude) / 2) ** 2;
  return (2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(haversine))) / METERS_PER_MILE;
}
