import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row (id 1, written by its migration): a counter raised after every mutation, once it has committed. It
 * is how every process learns that the answers it cached for anonymous readers may be stale
 * (graphql/response-cache.ts): a cached answer is keyed by the counter it was computed under.
 */
@Entity('data_version')
export class DataVersion {
  @PrimaryColumn({ type: 'int' })
  id!: number;

  // 64 bits: at a thousand mutations a second a 32-bit counter would wrap within a month.
  @Column({ type: 'bigint', default: 0 })
  version!: string;
}
