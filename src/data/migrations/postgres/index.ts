import * as migration_20261122_090129_initial from './20261122_090129_initial';
import * as migration_20261122_105754_media_extracted_text from './20261122_105754_media_extracted_text';
import * as migration_20261127_093147_submissions from './20261127_093147_submissions';
import * as migration_20261202_034556_instruments from './20261202_034556_instruments';
import * as migration_20261202_065407_rate_limits from './20261202_065407_rate_limits';
import * as migration_20261202_065624_contribution_files from './20261202_065624_contribution_files';
import * as migration_20261202_065837_link_checks from './20261202_065837_link_checks';
import * as migration_20261202_065937_media_storage_fields from './20261202_065937_media_storage_fields';
import * as migration_20261202_070710_partner_regions from './20261202_070710_partner_regions';
import * as migration_20261202_132052_link_check_not_checked from './20261202_132052_link_check_not_checked';
import * as migration_20261202_141403_practice_files from './20261202_141403_practice_files';

export const migrations = [
  {
    up: migration_20261122_090129_initial.up,
    down: migration_20261122_090129_initial.down,
    name: '20261122_090129_initial'
  },
  {
    up: migration_20261122_105754_media_extracted_text.up,
    down: migration_20261122_105754_media_extracted_text.down,
    name: '20261122_105754_media_extracted_text'
  },
  {
    up: migration_20261127_093147_submissions.up,
    down: migration_20261127_093147_submissions.down,
    name: '20261127_093147_submissions'
  },
  {
    up: migration_20261202_034556_instruments.up,
    down: migration_20261202_034556_instruments.down,
    name: '20261202_034556_instruments'
  },
  {
    up: migration_20261202_065407_rate_limits.up,
    down: migration_20261202_065407_rate_limits.down,
    name: '20261202_065407_rate_limits'
  },
  {
    up: migration_20261202_065624_contribution_files.up,
    down: migration_20261202_065624_contribution_files.down,
    name: '20261202_065624_contribution_files'
  },
  {
    up: migration_20261202_065837_link_checks.up,
    down: migration_20261202_065837_link_checks.down,
    name: '20261202_065837_link_checks'
  },
  {
    up: migration_20261202_065937_media_storage_fields.up,
    down: migration_20261202_065937_media_storage_fields.down,
    name: '20261202_065937_media_storage_fields'
  },
  {
    up: migration_20261202_070710_partner_regions.up,
    down: migration_20261202_070710_partner_regions.down,
    name: '20261202_070710_partner_regions'
  },
  {
    up: migration_20261202_132052_link_check_not_checked.up,
    down: migration_20261202_132052_link_check_not_checked.down,
    name: '20261202_132052_link_check_not_checked'
  },
  {
    up: migration_20261202_141403_practice_files.up,
    down: migration_20261202_141403_practice_files.down,
    name: '20261202_141403_practice_files'
  },
];
