import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

import type { LocalizedName, MunicipalityContact } from './column-types.js';

@Entity({ name: 'municipalities' })
export class MunicipalityEntity {
  /** 地方公共団体コード with its check digit (6 digits). */
  @PrimaryColumn({ type: 'char', length: 6 })
  code!: string;

  @Column({ type: 'jsonb' })
  name!: LocalizedName;

  @Column({ type: 'jsonb' })
  prefecture!: LocalizedName;

  @Column({ type: 'jsonb', nullable: true })
  contact!: MunicipalityContact | null;

  /** Normalised names and kana reading (ちよだく), for ILIKE search. */
  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
