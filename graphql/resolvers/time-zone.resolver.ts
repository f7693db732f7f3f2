import { Query, Resolver } from 'type-graphql';
import { listTimeZones } from '../../domain/time-zone';

@Resolver()
export class TimeZoneResolver {
  @Query(() => [String], { description: 'The IANA time zones a user or a location may have (places and UTC), sorted, UTC first.' })
  timeZones() {
    return listTimeZones();
  }
}
