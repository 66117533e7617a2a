import { AccountContact, AccountContacts, Caller } from '@app/auth';
import { AppConfig } from '@app/config';
import { ClaimReview, ListingClaims } from '@app/directory';
import { KeysetPager, Page } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A claim as an admin weighs it: with who the claimant is. */
export interface ReviewedClaim extends ClaimReview {
  claimant: AccountContact & { id: string };
}

/** The claims queue and the decisions on claims; each decision is one transaction. */
@Injectable()
export class ClaimReviewService {
  private readonly pager: KeysetPager;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly claims: ListingClaims,
    private readonly contacts: AccountContacts,
    config: AppConfig,
  ) {
    this.pager = new KeysetPager(config.appSecret);
  }

  async forReview(first: number, after?: string): Promise<Page<ReviewedClaim>> {
    const page = await this.pager.page(
      { first, after },
      {
        query: 'claims:open',
        fetch: (afterKeys, limit) =>
          this.claims.openForReview(limit, afterKeys && { sortKey: String(afterKeys[0]), id: String(afterKeys[1]) }),
        keysOf: (row) => [row.sortKey, row.id],
      },
    );
    const reviews = await this.claims.reviews(
      this.dataSource.manager,
      page.nodes.map((row) => row.id),
    );
    return { nodes: await this.withClaimants(reviews), pageInfo: page.pageInfo };
  }

  async approve(admin: Caller, id: string, note: string | undefined): Promise<ReviewedClaim> {
    const review = await this.dataSource.transaction((manager) =>
      this.claims.approve(manager, { claimId: id, adminId: admin.id, reason: note?.trim() || null }),
    );
    return (await this.withClaimants([review]))[0];
  }

  async reject(admin: Caller, id: string, reason: string): Promise<ReviewedClaim> {
    const review = await this.dataSource.transaction((manager) =>
      this.claims.reject(manager, { claimId: id, adminId: admin.id, reason: reason.trim() }),
    );
    return (await this.withClaimants([review]))[0];
  }

  private async withClaimants(reviews: ClaimReview[]): Promise<ReviewedClaim[]> {
    const contacts = await this.contacts.byIds(reviews.map((review) => review.claim.claimantAccountId));
    return reviews.map((review) => {
      const id = review.claim.claimantAccountId;
      const contact = contacts.get(id);
      // Unreachable: listing_claims.claimant_account_id references accounts.
      if (!contact) throw new Error(`claimant ${id} is not an account`);
      return { ...review, claimant: { id, ...contact } };
    });
  }
}
