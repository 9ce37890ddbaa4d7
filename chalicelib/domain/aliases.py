"""Friendly two-word anonymous aliases ("Quiet Heron")."""

from __future__ import annotations

import secrets

ADJECTIVES = (
    "Quiet Gentle Calm Brave Kind Bright Warm Steady Soft Patient Hopeful Curious Honest Tender "
    "Still Clear Golden Silver Amber Misty Sunny Cozy Mellow Humble Earnest Lively Nimble Serene "
    "Willow Cedar Maple Velvet Woolly Dappled Rosy Hazel Ivory Coral Jade Opal Pearl Russet Sage "
    "Autumn Winter Spring Summer Morning Evening Starry Moonlit Breezy Rainy Snowy Cloudy Dewy "
    "Wandering Dreaming Singing Smiling Resting Floating Drifting Rising Glowing Shining Humming "
    "Friendly Cheerful Thoughtful Mindful Graceful Playful Peaceful Restful Careful Joyful Tidy "
    "Little Tall Small Round Swift Slow Light Bold Fair Fine Fresh Free Glad Good Wise Young Old "
    "Blue Green Teal Violet Indigo Scarlet Crimson Saffron Cobalt Copper Bronze Plum Mint Olive "
    "Lemon Peach Berry Cocoa Honey Maple Pine Fern Moss Reed Brook River Meadow Harbor Valley"
).split()

NOUNS = (
    "Heron Otter Sparrow Robin Finch Wren Badger Fox Hare Rabbit Deer Fawn Owl Lark Swan Dove "
    "Seal Whale Dolphin Turtle Tortoise Panda Koala Lynx Bear Cub Wolf Pup Kitten Lamb Pony "
    "Beaver Mole Hedgehog Squirrel Chipmunk Marten Stoat Puffin Pelican Crane Kingfisher Swallow "
    "Oak Birch Aspen Elm Fir Ash Alder Rowan Poplar Spruce Cypress Laurel Juniper Holly Ivy "
    "Daisy Tulip Poppy Lily Iris Orchid Lotus Clover Thistle Heather Bluebell Primrose Violet "
    "Pebble Stone Shell Cloud Comet Star Moon Planet Meteor Aurora Rainbow Breeze Ember Spark "
    "Lantern Candle Compass Harbor Island Meadow Brook River Lake Pond Canyon Valley Glade Grove "
    "Teapot Kettle Quilt Blanket Mitten Scarf Sweater Pillow Hammock Acorn Pinecone Seedling "
    "Feather Ribbon Button Marble Bell Drum Flute Harp Fiddle Piano Cello Banjo Whistle Kite"
).split()


def random_alias(rng: secrets.SystemRandom | None = None) -> str:
    """A random 'Adjective Noun' alias (word lists hold no contact-like or unkind words)."""
    r = rng or secrets.SystemRandom()
    while True:
        adjective, noun = r.choice(ADJECTIVES), r.choice(NOUNS)
        if adjective != noun:
            return f"{adjective} {noun}"


def alias_key(alias: str) -> str:
    """Case-insensitive key used to claim an alias."""
    return " ".join(alias.lower().split())
