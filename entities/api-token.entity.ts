import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { instant, shortText } from './columns';
import { User } from './user.entity';

/** A personal API token. Only its SHA-256 is stored; the token itself is shown once, at creation. */
@ObjectType('ApiToken', { description: 'A personal API token, sent as `Authorization: Bearer <token>`.' })
@Entity('api_token')
@Index('IDX_api_token_user', ['userId', 'id'])
export class ApiToken {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user: Relation<User>;

  @Field({ description: 'What the token is for.' })
  @Column(shortText(100))
  name: string;

  // Never exposed: hex SHA-256 of the token (tokens are random, so a slow hash adds nothing).
  @Index('UQ_api_token_hash', { unique: true })
  @Column(shortText(64))
  tokenHash: string;

  @Field({ description: 'The last characters of the token, to recognise it.' })
  @Column(shortText(8))
  lastCharacters: string;

  @Field({ description: 'When it was created (UTC).' })
  @Column(instant())
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last used (UTC), to the minute.' })
  @Column(instant({ nullable: true }))
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked (UTC); a revoked token no longer works.' })
  @Column(instant({ nullable: true }))
  revokedAt: Date | null;
}
