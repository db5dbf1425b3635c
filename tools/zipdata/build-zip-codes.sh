#!/usr/bin/env bash
# Regenerates the ZIP code data Lantern ships (see NOTICE):
#   directory-ejb/src/main/resources/care/lantern/directory/zip-codes.csv
# from two pinned npm packages: zipcodes 8.0.0 (ZIP -> centroid, city, state) and
# zipcode-to-timezone 0.0.9 (ZIP -> IANA zone). Needs bash, npm (registry access) and node.
# The output is deterministic: same packages, same bytes. The file is loaded by the Flyway
# migration db.migration.V3__Load_zip_codes; a changed file needs a new migration, not an edit.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
out=$repo/directory-ejb/src/main/resources/care/lantern/directory/zip-codes.csv
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent zipcodes@8.0.0 zipcode-to-timezone@0.0.9 >/dev/null)
for pkg in zipcodes-8.0.0 zipcode-to-timezone-0.0.9; do
  mkdir "$work/$pkg"
  tar -xzf "$work/$pkg.tgz" -C "$work/$pkg" --strip-components=1
done

node - "$work" "$out" <<'JS'
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const [work, out] = process.argv.slice(2);

// The registry's integrity hashes of the pinned versions: different bytes fail the build.
const INTEGRITY = {
  'zipcodes-8.0.0.tgz':
    'sha512-V8NolFaJhsPamGeCv5lJdk60Q7JBiXI6e+8JDksPC1NJWZ0t7g1OFfqVLZb2Nc2F5jmf9JTdYdWJBnIhGBvtbA==',
  'zipcode-to-timezone-0.0.9.tgz':
    'sha512-Qk3CMx1MrJPCes0nUZ04NRUDUeWYNM485stgLMVXzU2+Ysy478tZh82pS/Wc2egDPqLxgluVRebAuRg1op4afg==',
};
for (const [file, expected] of Object.entries(INTEGRITY)) {
  const actual =
    'sha512-' + crypto.createHash('sha512').update(fs.readFileSync(`${work}/${file}`)).digest('base64');
  if (actual !== expected) throw new Error(`${file}: integrity ${actual}, expected ${expected}`);
}

const places = require(`${work}/zipcodes-8.0.0/lib/codes.js`).codes; // US only; Canada is separate
const zoneOfZip = require(`${work}/zipcode-to-timezone-0.0.9`).lookup;

// Armed Forces "states" (AA, AE, AP) are mail routes to APO/FPO/DPO units, not places: zipcodes
// gives them 0,0 or a foreign base and no zone can be derived, so they are dropped.
const MILITARY_MAIL = new Set(['AA', 'AE', 'AP']);

// zipcode-to-timezone covers the 50 states and DC only. Territories take the zone IANA's
// zone.tab lists for them; Micronesia and the Marshall Islands list several, so those ZIPs are
// named one by one, as is Wake Island (filed under HI by USPS, 2,300 miles from Honolulu).
const TERRITORY_ZONE = {
  AS: 'Pacific/Pago_Pago',
  GU: 'Pacific/Guam',
  MP: 'Pacific/Saipan',
  PR: 'America/Puerto_Rico',
  PW: 'Pacific/Palau',
  VI: 'America/St_Thomas',
};
const ZIP_ZONE = {
  '96898': 'Pacific/Wake', // Wake Island
  '96941': 'Pacific/Pohnpei', // FM Pohnpei
  '96942': 'Pacific/Chuuk', // FM Chuuk
  '96943': 'Pacific/Chuuk', // FM Yap (zone.tab: "Chuuk/Truk, Yap")
  '96944': 'Pacific/Kosrae', // FM Kosrae
  '96960': 'Pacific/Majuro', // MH Majuro
  '96970': 'Pacific/Kwajalein', // MH Ebeye, on Kwajalein Atoll
};
// Only the western Pacific lies east of Greenwich; anywhere else a positive longitude is a sign
// error. zipcodes 8.0.0 has exactly one: 10200 (New York) at +73.95.
const EASTERN_HEMISPHERE = new Set(['GU', 'MP', 'PW', 'FM', 'MH']);
const LONGITUDE_SIGN_SLIPS = new Set(['10200']);
// zipcode-to-timezone uses this deprecated alias (a link in IANA's "backward" file).
const CANONICAL_ZONE = { 'America/Shiprock': 'America/Denver' };

const round5 = (degrees) => Number(degrees.toFixed(5));

const rows = Object.values(places)
  .filter((p) => !MILITARY_MAIL.has(p.state))
  .map((p) => ({
    zip: p.zip.padStart(5, '0'),
    latitude: round5(p.latitude),
    longitude: round5(LONGITUDE_SIGN_SLIPS.has(p.zip) ? -p.longitude : p.longitude),
    city: p.city,
    state: p.state,
    zone: ZIP_ZONE[p.zip] ?? zoneOfZip(p.zip) ?? TERRITORY_ZONE[p.state] ?? null,
  }))
  .map((r) => ({ ...r, zone: CANONICAL_ZONE[r.zone] ?? r.zone }))
  .sort((a, b) => (a.zip < b.zip ? -1 : a.zip > b.zip ? 1 : 0));

// The few state ZIPs zipcode-to-timezone lacks (mostly PO-box and company ZIPs) take the zone of
// the nearest ZIP in the same state that has one: a state-wide default would be wrong in the
// states split between zones (Gary, IN is Central; the Florida panhandle is too).
const miles = (a, b) => {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) *
      Math.cos(b.latitude * rad) *
      Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * 3958.8 * Math.asin(Math.sqrt(h));
};
const zoned = rows.filter((r) => r.zone !== null);
let derived = 0;
for (const r of rows.filter((row) => row.zone === null)) {
  let nearest = null;
  for (const candidate of zoned) {
    if (candidate.state === r.state && (!nearest || miles(r, candidate) < miles(r, nearest))) {
      nearest = candidate;
    }
  }
  if (!nearest) throw new Error(`${r.zip} ${r.state}: no zone and no zoned ZIP in its state`);
  r.zone = nearest.zone;
  derived++;
}

// Plain CSV: the loader splits on commas, so no field may contain one (or a quote or newline).
for (const r of rows) {
  const problems = [
    /^\d{5}$/.test(r.zip) || 'zip',
    (r.latitude >= -90 && r.latitude <= 90) || 'latitude',
    (r.longitude >= -180 && r.longitude <= 180) || 'longitude',
    (r.longitude < 0) !== (EASTERN_HEMISPHERE.has(r.state) || r.zip === '96898') || 'hemisphere',
    (r.city.length > 0 && r.city.length <= 80 && r.city === r.city.trim()) || 'city',
    /^[A-Z]{2}$/.test(r.state) || 'state',
    /^[A-Za-z_]+(\/[A-Za-z_]+)+$/.test(r.zone) && r.zone.length <= 40 || 'zone',
    !Object.values(r).some((v) => /[,"\r\n]/.test(String(v))) || 'comma, quote or newline',
  ].filter((ok) => ok !== true);
  if (problems.length) throw new Error(`${r.zip}: bad ${problems.join(', ')} in ${JSON.stringify(r)}`);
}
if (new Set(rows.map((r) => r.zip)).size !== rows.length) throw new Error('duplicate ZIP');
if (rows.length < 40000) throw new Error(`only ${rows.length} ZIP codes`);

const csv = ['zip,latitude,longitude,city,state,timezone']
  .concat(rows.map((r) => [r.zip, r.latitude, r.longitude, r.city, r.state, r.zone].join(',')))
  .join('\n');
fs.writeFileSync(out, csv + '\n');
console.error(`${out}: ${rows.length} ZIP codes (${derived} zones derived from a neighbour)`);
JS
