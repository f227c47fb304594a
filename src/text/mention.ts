// A mention: where the text names an actor, as recognition found it and linking resolves it.
import type { EntityType } from '../model.ts';

export type MentionKind = 'name' | 'adjective' | 'prefix' | 'capital' | 'pattern' | 'shortform';

export interface Mention {
  sentence: number;
  /** Token span, `last` inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  surface: string;
  /** Entity key: gazetteer id, or a slug for actors found by pattern. */
  key: string;
  name: string;
  type: EntityType;
  kind: MentionKind;
  /** Set on a person named with an office: the key of what they represent. */
  represents?: string;
  role?: string;
  /** The mention only names what a role holder represents ("NATO" in "NATO-Generalsekretär Rutte"). */
  inRole?: boolean;
  /** A publishing platform ("auf Twitter"): listed as an entity, never an actor. */
  platform?: boolean;
  /** What a known person holds office for (gazetteer), even when named without a title. */
  office?: string;
  /** Inferred, not written in the text (the office of a known person): not listed among mentions. */
  implicit?: boolean;
  /** In the dateline opening a paragraph ("NAIROBI, Kenya …"): where the story was filed, no actor. */
  dateline?: boolean;
  /** Index of the role-title token in front of a person. */
  roleToken?: number;
}

/** Whether token i is a word of one of the mentions ("States" in "the United States"). */
export function insideMention(mentions: readonly Mention[], i: number): boolean {
  return mentions.some((m) => m.first <= i && i <= m.last);
}
