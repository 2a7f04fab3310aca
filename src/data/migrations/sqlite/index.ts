import * as migration_20261122_090123_initial from './20261122_090123_initial';
import * as migration_20261122_105744_media_extracted_text from './20261122_105744_media_extracted_text';
import * as migration_20261127_093136_submissions from './20261127_093136_submissions';
import * as migration_20261202_034520_instruments from './20261202_034520_instruments';
import * as migration_20261202_065359_rate_limits from './20261202_065359_rate_limits';
import * as migration_20261202_065601_contribution_files from './20261202_065601_contribution_files';
import * as migration_20261202_065852_link_checks from './20261202_065852_link_checks';
import * as migration_20261202_065911_media_storage_fields from './20261202_065911_media_storage_fields';
import * as migration_20261202_070635_partner_regions from './20261202_070635_partner_regions';
import * as migration_20261202_141336_practice_files from './20261202_141336_practice_files';

export const migrations = [
  {
    up: migration_20261122_090123_initial.up,
    down: migration_20261122_090123_initial.down,
    name: '20261122_090123_initial'
  },
  {
    up: migration_20261122_105744_media_extracted_text.up,
    down: migration_20261122_105744_media_extracted_text.down,
    name: '20261122_105744_media_extracted_text'
  },
  {
    up: migration_20261127_093136_submissions.up,
    down: migration_20261127_093136_submissions.down,
    name: '20261127_093136_submissions'
  },
  {
    up: migration_20261202_034520_instruments.up,
    down: migration_20261202_034520_instruments.down,
    name: '20261202_034520_instruments'
  },
  {
    up: migration_20261202_065359_rate_limits.up,
    down: migration_20261202_065359_rate_limits.down,
    name: '20261202_065359_rate_limits'
  },
  {
    up: migration_20261202_065601_contribution_files.up,
    down: migration_20261202_065601_contribution_files.down,
    name: '20261202_065601_contribution_files'
  },
  {
    up: migration_20261202_065852_link_checks.up,
    down: migration_20261202_065852_link_checks.down,
    name: '20261202_065852_link_checks'
  },
  {
    up: migration_20261202_065911_media_storage_fields.up,
    down: migration_20261202_065911_media_storage_fields.down,
    name: '20261202_065911_media_storage_fields'
  },
  {
    up: migration_20261202_070635_partner_regions.up,
    down: migration_20261202_070635_partner_regions.down,
    name: '20261202_070635_partner_regions'
  },
  {
    up: migration_20261202_141336_practice_files.up,
    down: migration_20261202_141336_practice_files.down,
    name: '20261202_141336_practice_files'
  },
];
