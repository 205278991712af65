#!/bin/sh
echo "hostile plugin complains" >&2; echo partial; exit 7
