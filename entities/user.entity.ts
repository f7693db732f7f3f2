import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { instant, shortText } from './columns';

@ObjectType('User', { description: 'A person: staff (administrator, manager, trainer) or learner.' })
@Entity('user')
export class User {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'E-mail address, unique; also the sign-in name.' })
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

  // Never exposed (no @Field): set by the accounts feature.
  @Column(shortText(255, { nullable: true }))
  passwordHash: string | null;

  @Field({ description: 'When the user was created (UTC).' })
  @Column(instant())
  createdAt: Date;
}
