extension NumberingPolicy {
    /// The end of a road of `orientation` where its numbering starts (the zero point).
    public func start(of orientation: RoadOrientation) -> CompassPoint {
        orientation == .eastWest ? eastWestStart : northSouthStart
    }

    /// The compass side of a road of `orientation` that takes odd numbers.
    public func oddSide(of orientation: RoadOrientation) -> CompassPoint {
        orientation == .eastWest ? eastWestOddSide : northSouthOddSide
    }
}
