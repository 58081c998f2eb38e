/**
 * The glossary-file feature as one lazily loaded bundle (`dist/glossary.js`): loading, watching and
 * checking the files, and the bodies of the two workspace glossary commands. Activation keeps only
 * the small shim of `glossaryFilesShim.ts`, which loads this once a glossary file exists, the setting
 * lists one, or a command runs.
 */
export { GlossaryFiles } from './glossaryFiles';
export { addTermToGlossary } from '../commands/addTermToGlossary';
export { openWorkspaceGlossary } from '../commands/openWorkspaceGlossary';
