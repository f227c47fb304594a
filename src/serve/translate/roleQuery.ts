// Entity.roles and Entity.roleAt: the roles a person's articles gave them (the roleMentions loader's rows,
// undated first, then oldest first) → spans of consecutive articles with the same role, and the role on a date.
import type { RoleMentionRow } from '../../store/apiQueries.ts';

export interface RoleSpan { role: string; since: string | null; until: string | null; articles: number }

/** Consecutive articles giving the same role make one span; undated articles make spans of their own. */
export function roleSpans(mentions: readonly RoleMentionRow[]): RoleSpan[] {
  const spans: RoleSpan[] = [];
  for (const { role, publishedAt } of mentions) {
    const last = spans.at(-1);
    if (last && last.role === role && (last.since === null) === (publishedAt === null)) {
      last.until = publishedAt;
      last.articles++;
    } else {
      spans.push({ role, since: publishedAt, until: publishedAt, articles: 1 });
    }
  }
  return spans;
}

/** A Date argument (YYYY, YYYY-MM or YYYY-MM-DD) as its first day, comparable with stored dates. */
const firstDay = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

/**
 * The role the articles give on `date`, read like the gazetteer's terms: that of the last dated span begun
 * by then (between spans a person keeps the role last seen); before the first, the first one's; with no
 * dated article, the newest undated one's; null when no article gives a role.
 */
export function roleOn(mentions: readonly RoleMentionRow[], date: string): string | null {
  const spans = roleSpans(mentions);
  const dated = spans.filter((s) => s.since !== null);
  if (dated.length === 0) return spans.at(-1)?.role ?? null;
  const day = firstDay(date);
  const begun = dated.filter((s) => s.since!.slice(0, 10) <= day);
  return (begun.at(-1) ?? dated[0]).role;
}
