import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { enumText } from './columns';
import { Organisation } from './organisation.entity';
import { User } from './user.entity';

export enum MembershipRole {
  MEMBER = 'MEMBER',
  MANAGER = 'MANAGER',
}
registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: "A user's role in an organisation.",
  valuesConfig: {
    MEMBER: { description: 'Belongs to the organisation.' },
    MANAGER: { description: 'Manages the trainings of the organisation and of its sub-organisations.' },
  },
});

@ObjectType('Membership', { description: 'A user belongs to an organisation, as member or manager.' })
@Entity('membership')
@Index('IDX_membership_organisation_role', ['organisationId', 'role'])
export class Membership {
  @PrimaryColumn({ type: 'int' })
  userId: number;

  @PrimaryColumn({ type: 'int' })
  organisationId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user: Relation<User>;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisationId' })
  organisation: Relation<Organisation>;

  @Field(() => MembershipRole, { description: 'Member or manager.' })
  @Column(enumText())
  role: MembershipRole;
}
