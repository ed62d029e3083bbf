// Dates at their precision: "2016", "2016-10" or "2016-10-22", each the interval it covers.

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

// A real calendar date at one of the three precisions ("2022-13" and "2022-02-30" are not).
export function validDate(text) {
  const m = SHAPE.exec(text || "");
  if (!m) return false;
  const [, y, mo, d] = m.map((x) => (x === undefined ? undefined : +x));
  if (mo !== undefined && (mo < 1 || mo > 12)) return false;
  return d === undefined || (d >= 1 && d <= lastDay(y, mo));
}

// The first (or, with `end`, the last) day a date covers, as YYYY-MM-DD.
export function bound(date, end) {
  if (!date) return null;
  const [y, m, d] = String(date).split("-");
  if (d) return `${y}-${m}-${d.slice(0, 2)}`;
  if (m) return end ? `${y}-${m}-${String(lastDay(+y, +m)).padStart(2, "0")}` : `${y}-${m}-01`;
  return end ? `${y}-12-31` : `${y}-01-01`;
}

// Does [start, end] (either may be missing: open) meet [from, to]? Undated: nothing says it falls outside.
export function overlaps(start, end, from, to) {
  if (!from && !to) return true;
  if (!start && !end) return true;
  const lo = bound(start || end, false);
  const hi = bound(end || start, true);
  return (!from || hi >= bound(from, false)) && (!to || lo <= bound(to, true));
}

export function showDate(date, precision) {
  if (!date) return "undated";
  const [y, m, d] = date.split("-");
  const text = d ? `${+d} ${MONTHS[+m - 1]} ${y}` : m ? `${MONTHS[+m - 1]} ${y}` : y;
  return precision ? `${text} (${precision})` : text;
}

export const iso = (time) => new Date(time).toISOString().slice(0, 10);
