import * as migration_20261122_090123_initial from './20261122_090123_initial';
import * as migration_20261122_105744_media_extracted_text from './20261122_105744_media_extracted_text';

export const migrations = [
  {
    up: migration_20261122_090123_initial.up,
    down: migration_20261122_090123_initial.down,
    name: '20261122_090123_initial',
  },
  {
    up: migration_20261122_105744_media_extracted_text.up,
    down: migration_20261122_105744_media_extracted_text.down,
    name: '20261122_105744_media_extracted_text'
  },
];
