extension Aim {
    /// The aim inferred from who an entry's time went to (FORMAT 3.4): the largest share of its
    /// person-time, grouped as new (base `new`, and the crowd), involved (base `involved`) and
    /// cadre-or-away (base `cadre`, and every other role). A tie goes to the earlier aim.
    /// Nil for an entry with only unallocated time.
    public init?(inferredFrom time: PersonTime) {
        guard time.hasPersonTime else { return nil }
        var byAim: [Aim: Double] = [:]
        for share in time.shares {
            byAim[Aim(servedBy: share), default: 0] += share.minutes
        }
        let candidates: [Aim] = [.newPeople, .deepen, .cadre]
        var best = candidates[0]
        for aim in candidates.dropFirst() where byAim[aim, default: 0] > byAim[best, default: 0] {
            best = aim
        }
        self = best
    }

    /// The group of FORMAT 3.4 that one share of person-time falls in.
    private init(servedBy share: PersonTime.Share) {
        guard share.role.isBase else { self = .cadre; return }
        switch share.standing {
        case .new: self = .newPeople
        case .involved: self = .deepen
        case .cadre: self = .cadre
        }
    }
}
