import * as migration_20261122_090129_initial from './20261122_090129_initial';
import * as migration_20261122_105754_media_extracted_text from './20261122_105754_media_extracted_text';
import * as migration_20261127_093147_submissions from './20261127_093147_submissions';

export const migrations = [
  {
    up: migration_20261122_090129_initial.up,
    down: migration_20261122_090129_initial.down,
    name: '20261122_090129_initial',
  },
  {
    up: migration_20261122_105754_media_extracted_text.up,
    down: migration_20261122_105754_media_extracted_text.down,
    name: '20261122_105754_media_extracted_text',
  },
  {
    up: migration_20261127_093147_submissions.up,
    down: migration_20261127_093147_submissions.down,
    name: '20261127_093147_submissions'
  },
];
