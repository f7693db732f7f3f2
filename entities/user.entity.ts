import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { instant, shortText } from './columns';

@ObjectType('User', { description: 'A person: staff (administrator, manager, trainer) or learner.' })
@Entity('user')
export class User {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  // Exposed through UserResolver.email: personal data, masked for learners.
  @Index('UQ_user_email', { unique: true })
  @Column(shortText(255))
  email: string;

  @Field({ description: 'First name.' })
  @Column(shortText(100))
  firstName: string;

  @Field({ description: 'Last name.' })
  @Column(shortText(100))
  lastName: string;

  @Field({ description: 'Preferred language: "fr" or "en".' })
  @Column(shortText(8, { default: 'fr' }))
  locale: string;

  @Field({ description: 'IANA time zone used to show instants to this user.' })
  @Column(shortText(64, { default: 'Europe/Paris' }))
  timeZone: string;

  @Field({ description: 'A deactivated user can no longer sign in.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field({ description: 'Platform administrator: may do everything.' })
  @Column({ type: 'boolean', default: false })
  isAdmin: boolean;

  // Never exposed (no @Field): argon2id hash; NULL until a password is set (the user cannot sign in).
  @Column(shortText(255, { nullable: true }))
  passwordHash: string | null;

  // Never exposed: bumped when the password changes or the account is deactivated; a browser session
  // carries the version it was opened with and ends when it no longer matches.
  @Column({ type: 'int', default: 0 })
  sessionVersion: number;

  @Field({ description: 'When the user was created (UTC).' })
  @Column(instant())
  createdAt: Date;
}
