// Reads every data file geokg ships, so a faulty one stops the program before any work starts (naming
// file and key) rather than at the first article that needs it.
import { LANGUAGES } from '../model.ts';
import { readGazetteerFiles } from './gazetteerFiles.ts';
import {
  readAbbreviations, readConfidence, readCueLexicon, readDates, readGrammar, readNames, readSharedGrammar,
} from './lexiconFiles.ts';
import { readDataFile } from './readDataFile.ts';
import { RelationTypesFile } from './relationTypesFile.ts';

export function checkDataFiles(): void {
  readDataFile('relation-types.json', RelationTypesFile);
  readGazetteerFiles();
  for (const language of LANGUAGES) {
    readCueLexicon(language);
    readGrammar(language);
  }
  readSharedGrammar();
  readNames();
  readDates();
  readAbbreviations();
  readConfidence();
}
