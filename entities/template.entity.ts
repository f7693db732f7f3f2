import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { enumText, instant, longText, shortText } from './columns';
import { TemplateKind } from './enums';
import { Organisation } from './organisation.entity';

@ObjectType('Template', {
  description: 'A document model with placeholders: invitations, attendance certificates, e-mail bodies (R12).',
})
@Entity('template')
@Index('IDX_template_kind', ['kind', 'id'])
// Issue 8 screen 7: the templates table sorts by name and by last edit.
@Index('IDX_template_name', ['name', 'id'])
@Index('IDX_template_updated', ['updatedAt', 'id'])
export class Template {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Name shown to staff.' })
  @Column(shortText(255))
  name: string;

  @Field(() => TemplateKind, { description: 'What the template is used for.' })
  @Column(enumText({ length: 32 }))
  kind: TemplateKind;

  @Field({ description: 'Language of the template: "fr" or "en".' })
  @Column(shortText(8, { default: 'fr' }))
  locale: string;

  @Field({ description: 'Subject line (e-mails) or title (documents).' })
  @Column(shortText(255))
  subject: string;

  @Field({ description: 'Body with {{placeholders}}.' })
  @Column(longText())
  body: string;

  @Field({ description: 'When it was last edited (UTC).' })
  @Column(instant())
  updatedAt: Date;

  // #6 §3: the owning organisation; NULL = shared, managed by administrators only. Exposed through
  // TemplateResolver.organisation. When the organisation goes, its templates become shared.
  @Index('IDX_template_organisation')
  @Column({ type: 'int', nullable: true })
  organisationId: number | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisationId' })
  organisation: Relation<Organisation> | null;
}
