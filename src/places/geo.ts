/** Great-circle distance (haversine), in km, between two [lat, lon] points. */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * How far apart two places may be and still be where one thing happened: Port El Kantaoui is 8 km
 * from Sousse, and reports place the beach attack at either.
 */
export const NEAR_KM = 30;
