"""The Parties view: parties, pricing profiles and sell tariffs."""
