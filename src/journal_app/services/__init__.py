"""What the app can do, in the product's words. Qt-free; takes and returns domain data."""
