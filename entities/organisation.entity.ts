import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { shortText } from './columns';

@ObjectType('Organisation', { description: 'A unit (school, department, company) that owns trainings; may have a parent.' })
@Entity('organisation')
export class Organisation {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Display name.' })
  @Column(shortText(255))
  name: string;

  @Field(() => String, { nullable: true, description: 'Short unique code, if any.' })
  @Index('UQ_organisation_code', { unique: true })
  @Column(shortText(64, { nullable: true }))
  code: string | null;

  @Index('IDX_organisation_parent')
  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parentId' })
  parent: Relation<Organisation> | null;
}
