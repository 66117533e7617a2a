const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from the address: anything but a UUID names nothing there is, so the page is the 404 page (not a 400). */
export function idOrNotFound(id: string | null | undefined): string {
  if (!id || !UUID.test(id)) throw new Response(null, { status: 404 });
  return id;
}
