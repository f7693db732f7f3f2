import { Field, ObjectType } from 'type-graphql';

@ObjectType('OwnedPermissions', {
  description: 'What you may do with a location or a template: its organisation’s managers and administrators change and delete it; shared ones are the administrators’.',
})
export class OwnedPermissions {
  @Field({ description: 'Change it.' })
  edit: boolean;

  @Field({ description: 'Delete it (a location that events use is still refused: see eventCount).' })
  delete: boolean;
}
