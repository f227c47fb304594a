// The extraction pipeline, in order. Each step is a pure function of what the steps before returned:
// the numbered stage folders of src/extract, with linking (src/resolve) between recognition and relating.
import type { Article, Entity, Extraction, Relation, UncodedSentence } from '../model.ts';
import { prepareDoc } from '../extract/1-segment/prepareDoc.ts';
import { recognise } from '../extract/2-recognise/recognise.ts';
import { relate } from '../extract/4-relate/relate.ts';
import { qualify } from '../extract/5-qualify/qualify.ts';
import { findUncoded } from '../extract/5-qualify/uncoded.ts';
import type { Candidate, Doc } from '../extract/types.ts';
import { loadGazetteer } from '../gazetteer/gazetteer.ts';
import { linkEntities } from '../resolve/linkEntities.ts';
import { buildSurfaceIndex, type SurfaceIndex } from '../gazetteer/surfaceIndex.ts';

let index: SurfaceIndex | undefined;

export function extractArticle(article: Article): Extraction {
  const gazetteer = loadGazetteer();
  index ??= buildSurfaceIndex(gazetteer);
  const doc = prepareDoc(article);                         // 1. segment: sentences and tokens
  const mentions = recognise(doc, gazetteer, index);       // 2. recognise: actors and places
  const entities = linkEntities(mentions, gazetteer, article.publishedAt); // link: one entity per actor, roles as of the article's date
  const acts = relate(doc, mentions);                      // 4. relate, with each sentence's speakers (3. attribute)
  const candidates = qualify(doc, acts, mentions);         // 5. qualify: polarity, claimant, date, confidence
  const relations = candidates.map((c) => toRelation(doc, c, entities));
  const uncoded = findUncoded(doc, mentions, candidates).map((u) => toUncoded(doc, u, entities)); // actors and a cue, no rule
  const used = new Set(relations.flatMap((r) => [r.sourceId, r.targetId, r.attributedToId ?? '']));
  return { article, entities: [...entities.values()].filter((e) => e.mentions.length || used.has(e.id)), relations, uncoded };
}

function toUncoded(doc: Doc, u: ReturnType<typeof findUncoded>[number], entities: Map<string, Entity>): UncodedSentence {
  return { sentence: doc.sentences[u.sentence].text, actors: u.actors.map((key) => entities.get(key)?.name ?? key), cue: doc.tokens[u.cue].text };
}

function toRelation(doc: Doc, c: Candidate, entities: Map<string, Entity>): Relation {
  const s = doc.sentences[c.sentence];
  const name = (key: string) => entities.get(key)?.name ?? key;
  const r: Relation = {
    source: name(c.source), target: name(c.target), sourceId: c.source, targetId: c.target, type: c.type,
    polarity: c.polarity, attributedTo: c.attributedTo ? name(c.attributedTo) : null, attributedToId: c.attributedTo,
    evidence: s.text, start: s.start, end: s.end, confidence: c.confidence, rule: c.rule,
  };
  if (c.date) r.date = c.date;
  return r;
}
