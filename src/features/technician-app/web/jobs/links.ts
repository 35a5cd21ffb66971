/** A phone number as a tel: link: digits, a leading +, and nothing the dialler would trip on. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('+') ? `+${digits.slice(1).replace(/\+/g, '')}` : digits.replace(/\+/g, '')}`;
}

/**
 * Where the navigation button goes: Amap (高德) at the site's coordinates when known, else a
 * search for the address; on a phone with the Amap app it opens there (callnative).
 */
export function navigationHref(site: {
  name: string;
  address: string | null;
  location: { lat: number; lng: number } | null;
}): string | null {
  const name = encodeURIComponent(site.name);
  if (site.location) {
    const { lng, lat } = site.location;
    return `https://uri.amap.com/marker?position=${lng},${lat}&name=${name}&callnative=1`;
  }
  if (site.address) {
    return `https://uri.amap.com/search?keyword=${encodeURIComponent(site.address)}&callnative=1`;
  }
  return null;
}
