import * as migration_20261122_090123_initial from './20261122_090123_initial';

export const migrations = [
  {
    up: migration_20261122_090123_initial.up,
    down: migration_20261122_090123_initial.down,
    name: '20261122_090123_initial'
  },
];
