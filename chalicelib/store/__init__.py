"""DynamoDB adapter and the table schema shared with infra/ and devserver/."""
