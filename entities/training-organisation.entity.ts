import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Organisation } from './organisation.entity';
import { Training } from './training.entity';

/** Which organisations own a training: the one place organisations are stored for trainings, sessions and events (R1). */
@Entity('training_organisation')
@Index('IDX_training_organisation_organisation', ['organisationId', 'trainingId'])
export class TrainingOrganisation {
  @PrimaryColumn({ type: 'int' })
  trainingId: number;

  @PrimaryColumn({ type: 'int' })
  organisationId: number;

  @ManyToOne(() => Training, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trainingId' })
  training: Relation<Training>;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisationId' })
  organisation: Relation<Organisation>;
}
