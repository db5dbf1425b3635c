#!/usr/bin/env bash
# Regenerates the ZIP code data Lantern ships (see NOTICE):
#   directory-ejb/src/main/resources/care/lantern/directory/zip-codes.csv
# from three pinned npm packages: zipcodes 8.0.0 (ZIP -> centroid, city, state), geo-tz 8.1.9
# (latitude, longitude -> IANA zone, from timezone-boundary-builder's polygons) and
# zipcode-to-timezone 0.0.9 (ZIP -> IANA zone, a list kept by ZIP). The zone of a ZIP is the zone
# at its centroid; zipcode-to-timezone is only the fallback, because its list puts whole regions in
# the wrong zone (western Kentucky, Gary and Evansville in Indiana, most of Arizona, Malheur County
# in Oregon).
# geo-tz, not @photostructure/tz-lookup: tz-lookup encodes the same polygons lossily, and at ZIP
# centroids that moved 120 ZIPs the list had right onto the wrong clock (Williston, ND; Yuma, AZ;
# Kellogg, ID; the Hopi villages; Needles, CA; Cheyenne County, KS).
# Needs bash, npm (registry access) and node. package.json and package-lock.json beside this
# script pin every package (geo-tz brings 28 more, used only here); `npm ci` checks each against
# the lock file's integrity hash and the script checks the three data packages' hashes too.
# The output is deterministic: same packages, same bytes. The file is loaded by the Flyway
# migration db.migration.V3__Load_zip_codes. Once a release has shipped, a changed file needs a
# new migration that updates loaded databases: Flyway never reruns V3.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
out=$repo/directory-ejb/src/main/resources/care/lantern/directory/zip-codes.csv
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp "$here/package.json" "$here/package-lock.json" "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --silent >/dev/null)

node - "$work" "$out" <<'JS'
'use strict';
const fs = require('fs');
const [work, out] = process.argv.slice(2);

// The registry's integrity hashes of the pinned data packages; npm ci has checked the installed
// bytes against the lock file, so a lock file pinning anything else fails the build here.
const INTEGRITY = {
  zipcodes:
    'sha512-V8NolFaJhsPamGeCv5lJdk60Q7JBiXI6e+8JDksPC1NJWZ0t7g1OFfqVLZb2Nc2F5jmf9JTdYdWJBnIhGBvtbA==',
  'zipcode-to-timezone':
    'sha512-Qk3CMx1MrJPCes0nUZ04NRUDUeWYNM485stgLMVXzU2+Ysy478tZh82pS/Wc2egDPqLxgluVRebAuRg1op4afg==',
  'geo-tz':
    'sha512-J5hjHEJNJGc7D9WLz9mYJmkWgdCXrn9/rX74/qTdir7lHypz2Xq8aXKzDKbvg189nNtwMYZGsvnB9GoVt9ejxw==',
};
const lock = JSON.parse(fs.readFileSync(`${work}/package-lock.json`, 'utf8'));
for (const [name, expected] of Object.entries(INTEGRITY)) {
  const actual = lock.packages[`node_modules/${name}`]?.integrity;
  if (actual !== expected) throw new Error(`${name}: integrity ${actual}, expected ${expected}`);
}

const places = require(`${work}/node_modules/zipcodes/lib/codes.js`).codes; // US only
// geo-tz/all: every zone of the tz database (no merging of zones alike since 1970 or from now on),
// so the names are those of zone.tab. It answers a list: overlapping polygons give several zones.
const zonesAt = require(`${work}/node_modules/geo-tz/dist/find-all.js`).find;
const zoneOfZip = require(`${work}/node_modules/zipcode-to-timezone`).lookup;

// Armed Forces "states" (AA, AE, AP) are mail routes to APO/FPO/DPO units, not places: zipcodes
// gives them 0,0 or a foreign base and no zone can be derived, so they are dropped.
const MILITARY_MAIL = new Set(['AA', 'AE', 'AP']);

// Territories take the zone IANA's zone.tab lists for them, not one looked up by position (a
// position can only add errors there: Samoa's Pacific/Apia is a day ahead of Pago Pago).
// Micronesia and the Marshall Islands list several zones, so those ZIPs are named one by one, as is
// Wake Island (filed under HI by USPS, 2,300 miles from Honolulu).
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
// The zones IANA's zone.tab lists for the US (its 29 "US" rows). A centroid at sea gets an Etc/
// zone, and one on a border could get the neighbour's zone (America/Tijuana, America/Toronto):
// such an answer is not taken, and the ZIP falls back to zipcode-to-timezone.
const US_ZONES = new Set([
  'America/New_York', 'America/Detroit', 'America/Kentucky/Louisville',
  'America/Kentucky/Monticello', 'America/Indiana/Indianapolis', 'America/Indiana/Vincennes',
  'America/Indiana/Winamac', 'America/Indiana/Marengo', 'America/Indiana/Petersburg',
  'America/Indiana/Vevay', 'America/Chicago', 'America/Indiana/Tell_City', 'America/Indiana/Knox',
  'America/Menominee', 'America/North_Dakota/Center', 'America/North_Dakota/New_Salem',
  'America/North_Dakota/Beulah', 'America/Denver', 'America/Boise', 'America/Phoenix',
  'America/Los_Angeles', 'America/Anchorage', 'America/Juneau', 'America/Sitka',
  'America/Metlakatla', 'America/Yakutat', 'America/Nome', 'America/Adak', 'Pacific/Honolulu',
]);
// Only the western Pacific lies east of Greenwich; anywhere else a positive longitude is a sign
// error. zipcodes 8.0.0 has exactly one: 10200 (New York) at +73.95.
const EASTERN_HEMISPHERE = new Set(['GU', 'MP', 'PW', 'FM', 'MH']);
const LONGITUDE_SIGN_SLIPS = new Set(['10200']);
// zipcode-to-timezone uses this deprecated alias (a link in IANA's "backward" file).
const CANONICAL_ZONE = { 'America/Shiprock': 'America/Denver' };
const canonical = (zone) => (zone ? CANONICAL_ZONE[zone] ?? zone : null);

const round5 = (degrees) => Number(degrees.toFixed(5));

// Where each zone came from, for the summary line.
const sources = { named: 0, territory: 0, position: 0, list: 0, neighbour: 0 };
const zoneOf = (r) => {
  if (ZIP_ZONE[r.zip]) return ['named', ZIP_ZONE[r.zip]];
  if (TERRITORY_ZONE[r.state]) return ['territory', TERRITORY_ZONE[r.state]];
  // The zone at the (rounded, sign-corrected) centroid: this is what puts Bowling Green, KY and
  // Evansville, IN on Central time, Page, AZ on MST all year and Ontario, OR on Mountain time, and
  // keeps the Navajo Nation (which observes DST) in America/Denver and the Hopi villages inside it
  // (which do not) in America/Phoenix.
  const here = [...new Set(zonesAt(r.latitude, r.longitude).map(canonical))].filter((zone) =>
    US_ZONES.has(zone),
  );
  if (here.length > 1) throw new Error(`${r.zip}: centroid in ${here.join(' and ')}: choose one`);
  if (here.length === 1) return ['position', here[0]];
  const listed = canonical(zoneOfZip(r.zip));
  return listed ? ['list', listed] : ['neighbour', null];
};

const rows = Object.values(places)
  .filter((p) => !MILITARY_MAIL.has(p.state))
  .map((p) => ({
    zip: p.zip.padStart(5, '0'),
    latitude: round5(p.latitude),
    longitude: round5(LONGITUDE_SIGN_SLIPS.has(p.zip) ? -p.longitude : p.longitude),
    city: p.city,
    state: p.state,
  }))
  .map((r) => {
    const [source, zone] = zoneOf(r);
    sources[source]++;
    return { ...r, zone };
  })
  .sort((a, b) => (a.zip < b.zip ? -1 : a.zip > b.zip ? 1 : 0));

// A ZIP with neither (none in zipcodes 8.0.0 today) takes the zone of the nearest ZIP in the same
// state that has one: a state-wide default would be wrong in the states split between zones.
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
for (const r of rows.filter((row) => row.zone === null)) {
  let nearest = null;
  for (const candidate of zoned) {
    if (candidate.state === r.state && (!nearest || miles(r, candidate) < miles(r, nearest))) {
      nearest = candidate;
    }
  }
  if (!nearest) throw new Error(`${r.zip} ${r.state}: no zone and no zoned ZIP in its state`);
  r.zone = nearest.zone;
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
console.error(
  `${out}: ${rows.length} ZIP codes; zones by position ${sources.position},` +
    ` from zipcode-to-timezone ${sources.list}, territory ${sources.territory},` +
    ` named ${sources.named}, nearest neighbour ${sources.neighbour}`,
);
JS
